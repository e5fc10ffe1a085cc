import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBundle } from "../../scripts/build-bundle.ts";
import { buildTemplate } from "../../scripts/build-pglite-template.ts";
import { startApiProcess, type RunningApi } from "../helpers/api-process.ts";

// The production entry point: the same build `pnpm start` and the image run, started with plain
// node (no tsx loader), in whichever mode this run uses. Embedded, it starts on an empty data
// directory from the migrated template built beside it.
const outdir = mkdtempSync(path.join(tmpdir(), "slotted-bundle-"));
const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-bundle-data-"));
let api: RunningApi | undefined;

beforeAll(async () => {
  await Promise.all([buildBundle({ outdir }), buildTemplate({ outdir })]);
  const env: Record<string, string> = { PGLITE_DATA_DIR: dataDir };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
  api = await startApiProcess(env, 25_000, ["--enable-source-maps", path.join(outdir, "main.js")]);
}, 90_000);

afterAll(async () => {
  await api?.stop();
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

function running(): RunningApi {
  if (!api) throw new Error("the bundle did not start");
  return api;
}

describe("the production bundle", () => {
  it("is plain JavaScript: no TypeScript loader, no TypeScript imports, source-mapped to src", () => {
    const code = readFileSync(path.join(outdir, "main.js"), "utf8");
    expect(code).not.toMatch(/from\s*["']tsx/);
    // (A bundled package's JSDoc may name a declaration file, `import('./list.d.ts')`: not code.)
    expect(code).not.toMatch(/(?:from\s*|import\()["'][^"']+(?<!\.d)\.ts["']/);
    // Workspace packages are inside the bundle, not imported.
    expect(code).not.toMatch(/from\s*["']@slotted\//);
    const map = JSON.parse(readFileSync(path.join(outdir, "main.js.map"), "utf8")) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith("apps/api/src/main.ts"))).toBe(true);
  });

  it("keeps the other mode's driver out of the start: PGlite and pg load only when used", () => {
    const code = readFileSync(path.join(outdir, "main.js"), "utf8");
    expect(code).not.toMatch(/from\s*["']@electric-sql\/pglite/);
    expect(code).not.toMatch(/from\s*["']pg["']/);
  });

  it.runIf(!process.env.DATABASE_URL)("creates the empty embedded database from the migrated template", () => {
    expect(running().output().stdout).toMatch(/created the embedded database from the migrated template/);
  });

  it("becomes ready and serves the API, its OpenAPI document and the docs assets", async () => {
    const { url } = running();
    expect((await fetch(`${url}/api/v1/health/ready`)).status).toBe(200);
    const openapi = await fetch(`${url}/api/v1/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { openapi?: string }).openapi).toMatch(/^3\./);
    const asset = await fetch(`${url}/api/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
  });
});
