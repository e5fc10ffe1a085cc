import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const apiRoot = path.resolve(import.meta.dirname, "../..");
const tsx = path.resolve(apiRoot, "node_modules/.bin/tsx");
const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-process-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runServer(env: Record<string, string>) {
  const child = spawn(tsx, ["src/main.ts"], {
    cwd: apiRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe("the server process", () => {
  it("refuses to start on bad configuration with one clear line per problem and no stack", async () => {
    const run = runServer({ PORT: "eighty", BUSINESS_TIMEZONE: "Nowhere/Special", DATABASE_URL: "mysql://db" });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain("PORT: must be a whole number (example: PORT=3000)");
    expect(stderr).toContain("BUSINESS_TIMEZONE: must be an IANA time zone");
    expect(stderr).toContain("DATABASE_URL:");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses embedded defaults in production", async () => {
    const run = runServer({ NODE_ENV: "production" });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toMatch(/DATABASE_URL: is required in production/);
  });

  it("serves, then exits 0 on SIGTERM", async () => {
    const env: Record<string, string> = { PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: path.join(dataDir, "nested", "pglite") };
    if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
    if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
    const run = runServer(env);
    let url: string | undefined;
    for (let i = 0; i < 300 && !url; i++) {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(run.output().stdout);
      url = match?.[1];
      if (!url) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(url, run.output().stderr).toBeDefined();
    const res = await fetch(`${url}/api/v1/health/ready`);
    expect(res.status).toBe(200);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("shutdown complete");
  });
});
