// bin/schema-engine spoken to the way Prisma's CLI speaks to the native engine.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteDatasourceUrl } from "../src/datasource-url.ts";
import { cliVisibleError, parseStderrLikePrismaCli, runEngine, spawnEngine } from "./support/engine-process.ts";
import { FAILING_MIGRATION, INIT_MIGRATION, SCHEMA, writeMigrations } from "./support/fixtures.ts";
import { readMigrationsList } from "../src/migrations-list.ts";
import { createTempDatabase, hasPostgres, serverUrl } from "./support/postgres.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };
/** The native engine exits right after stdin closes; allow for closing PGlite. */
const EXIT_AFTER_STDIN_MS = 5_000;

function datasourceArg(url: string): string[] {
  return ["--datasource", JSON.stringify({ url })];
}

describe("bin/schema-engine", () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(() => temp.remove());

  it("prints its version like the native binary, from any working directory", async () => {
    const run = await runEngine(["--version"], { cwd: os.tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3");
  });

  it("writes an INFO line first so the CLI, which drops the first stderr line, still sees the error", async () => {
    const run = await runEngine([...datasourceArg("postgresql://postgres@127.0.0.1:1/nowhere"), "cli", "can-connect-to-database"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stderr.split("\n")[0] ?? "")).toMatchObject({ level: "INFO" });
    // Every line after the first must be JSON, or the CLI fails to parse the output at all.
    expect(() => parseStderrLikePrismaCli(run.stderr)).not.toThrow();
    expect(cliVisibleError(run.stderr)).toMatchObject({ error_code: "P1001", message: expect.stringContaining("127.0.0.1:1") as unknown });
  });

  it("creates and drops a PGlite data directory, parents included", async () => {
    const dataDir = path.join(temp.path, "x/y/pglite");
    const url = pgliteDatasourceUrl(dataDir);
    expect((await runEngine([...datasourceArg(url), "cli", "can-connect-to-database"])).code).toBe(0);
    const created = await runEngine([...datasourceArg(url), "cli", "create-database"]);
    expect(created.code, created.stderr).toBe(0);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    expect((await runEngine([...datasourceArg(url), "cli", "drop-database"])).code).toBe(0);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("serves JSON-RPC: diff output goes through a print request, errors carry Prisma codes, and it exits when stdin closes", async () => {
    const migrationsDir = path.join(temp.path, "rpc-migrations");
    await writeMigrations(migrationsDir, { "20240101000000_init": INIT_MIGRATION, "20240102000000_broken": FAILING_MIGRATION });
    const printed: string[] = [];
    const engine = spawnEngine([...datasourceArg(pgliteDatasourceUrl("memory://")), "--enabled-preview-features", "views"], {
      cwd: temp.path,
      onPrint: (content) => printed.push(content),
    });

    const version = await engine.request("getDatabaseVersion", { datasource: { tag: "ConnectionString", url: "ignored" } });
    expect(version.result).toEqual(expect.stringContaining("PostgreSQL"));

    const diff = await engine.request("diff", {
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: SCHEMA }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    expect(diff.result).toEqual({ exitCode: 0, stdout: null });
    expect(printed.join("")).toContain('CREATE TABLE "Venue"');
    const printIndex = engine.messages.findIndex((message) => message.method === "print");
    expect(printIndex).toBeGreaterThanOrEqual(0);
    expect(printIndex).toBeLessThan(engine.messages.indexOf(diff));

    // Unit results must still be answered with a `result`, or the CLI waits forever.
    // A script (`prisma db execute`) may hold several statements, which PGlite's extended protocol refuses.
    const executed = await engine.request("dbExecute", { script: "SELECT 1; SELECT 2;", datasourceType: { tag: "url", url: "ignored" } });
    expect(executed.result).toEqual({});

    const applied = await engine.request("applyMigrations", { migrationsList: await readMigrationsList(migrationsDir), filters: NO_FILTERS });
    expect(applied.error).toMatchObject({ code: 4466, data: { is_panic: false, error_code: "P3018" } });
    expect(applied.error?.data?.message).toContain("20240102000000_broken");

    engine.child.stdin.end();
    expect(await engine.exited(EXIT_AFTER_STDIN_MS)).toEqual({ code: 0, signal: null });
  });

  it("reports a panic over JSON-RPC and exits with the native engine's panic code", async () => {
    const engine = spawnEngine(datasourceArg(pgliteDatasourceUrl("memory://")));
    const response = await engine.request("debugPanic");
    expect(response.error?.data).toMatchObject({ is_panic: true, message: expect.stringContaining("debugPanic artificial panic") as unknown });
    expect((await engine.exited(EXIT_AFTER_STDIN_MS)).code).toBe(101);
  });

  it.runIf(hasPostgres)("reports a missing PostgreSQL database as P1003 and creates it on request", async () => {
    const database = await createTempDatabase();
    const missing = new URL(serverUrl ?? "");
    missing.pathname = `/${database.name}_new`;
    try {
      const probe = await runEngine([...datasourceArg(missing.toString()), "cli", "can-connect-to-database"]);
      expect(cliVisibleError(probe.stderr)).toMatchObject({ error_code: "P1003" });
      const created = await runEngine([...datasourceArg(missing.toString()), "cli", "create-database"]);
      expect(created.code, created.stderr).toBe(0);
      expect((await runEngine([...datasourceArg(missing.toString()), "cli", "can-connect-to-database"])).code).toBe(0);
      expect((await runEngine([...datasourceArg(missing.toString()), "cli", "drop-database"])).code).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
