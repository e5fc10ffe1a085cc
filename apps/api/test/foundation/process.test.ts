import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnApi, startApiProcess } from "../helpers/api-process.ts";

const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-process-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the server process", () => {
  it("refuses to start on bad configuration with one clear line per problem and no stack", async () => {
    const run = spawnApi({ PORT: "eighty", BUSINESS_TIMEZONE: "Nowhere/Special", DATABASE_URL: "mysql://db" });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain("PORT: must be a whole number (example: PORT=3000)");
    expect(stderr).toContain("BUSINESS_TIMEZONE: must be an IANA time zone");
    expect(stderr).toContain("DATABASE_URL:");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses embedded defaults in production", async () => {
    const run = spawnApi({ NODE_ENV: "production" });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toMatch(/DATABASE_URL: is required in production/);
  });

  it("serves, then exits 0 on SIGTERM", async () => {
    const env: Record<string, string> = { PGLITE_DATA_DIR: path.join(dataDir, "nested", "pglite") };
    if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
    if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
    const run = await startApiProcess(env);
    const res = await fetch(`${run.url}/api/v1/health/ready`);
    expect(res.status).toBe(200);
    await run.stop();
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("shutdown complete");
  });
});
