// Nothing the engine opens may keep Node alive: its 10 s timers, pg pools, a shadow PGlite.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChild } from "./support/child.ts";
import { INIT_MIGRATION, writeMigrations } from "./support/fixtures.ts";
import { createTempDatabase, hasPostgres } from "./support/postgres.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

/** Well under the engine's 10 s timers and pg's 10 s idle timeout. */
const MAX_LINGER_MS = 3_000;

describe("processes exit by themselves", () => {
  let temp: TempDir;
  let migrationsDir: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    migrationsDir = path.join(temp.path, "migrations");
    await writeMigrations(migrationsDir, { "20240101000000_init": INIT_MIGRATION });
  });
  afterAll(() => temp.remove());

  it("after applying migrations to PGlite", async () => {
    const run = await runChild("test/children/apply-migrations.ts", ["pglite", migrationsDir]);
    expect(run.stdout).toContain("applied 20240101000000_init");
    expect(run.code).toBe(0);
    expect(run.lingeredMs).toBeLessThan(MAX_LINGER_MS);
  });

  it("after replaying migrations on a PGlite shadow database", async () => {
    const run = await runChild("test/children/replay-on-shadow.ts", [migrationsDir]);
    expect(run.stdout).toContain("replayed");
    expect(run.code).toBe(0);
    expect(run.lingeredMs).toBeLessThan(MAX_LINGER_MS);
  });

  it.runIf(hasPostgres)("after applying migrations to PostgreSQL", async () => {
    const database = await createTempDatabase();
    try {
      const run = await runChild("test/children/apply-migrations.ts", ["postgres", migrationsDir, database.url]);
      expect(run.stdout).toContain("applied 20240101000000_init");
      expect(run.code).toBe(0);
      expect(run.lingeredMs).toBeLessThan(MAX_LINGER_MS);
    } finally {
      await database.drop();
    }
  });
});
