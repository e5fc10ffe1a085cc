import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ManagedAdapterFactory } from "../src/adapters/managed-factory.ts";
import { createPgAdapterFactory } from "../src/adapters/pg.ts";
import { describeEngineError } from "../src/engine-errors.ts";
import { applyMigrations } from "../src/index.ts";
import { readMigrationsList } from "../src/migrations-list.ts";
import { createEngine } from "../src/wasm-engine.ts";
import { FAILING_MIGRATION, FUNCTION_MIGRATION, INIT_MIGRATION, SCHEMA, writeMigrations } from "./support/fixtures.ts";
import { createTempDatabase, databaseExists, hasPostgres, shadowDatabases, type TempDatabase } from "./support/postgres.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

describe.runIf(hasPostgres)("PostgreSQL adapter factory", () => {
  let database: TempDatabase;
  let temp: TempDir;
  let factory: ManagedAdapterFactory;

  beforeAll(async () => {
    temp = await makeTempDir();
    await writeMigrations(path.join(temp.path, "migrations"), { "20240101000000_init": INIT_MIGRATION });
  });
  afterAll(() => temp.remove());
  beforeEach(async () => {
    database = await createTempDatabase();
    factory = createPgAdapterFactory({ connectionString: database.url });
  });
  afterEach(async () => {
    await factory.close();
    await database.drop();
  });

  it("reads the schema although the catalog has \"char\" (OID 18) columns", async () => {
    // Check and exclusion constraints make the engine read pg_constraint.contype as a character.
    await database.query(`CREATE TABLE "Thing" (
      "id" INTEGER PRIMARY KEY,
      "code" "char" NOT NULL,
      "during" TSTZRANGE NOT NULL,
      CONSTRAINT "positive_id" CHECK ("id" > 0),
      CONSTRAINT "no_overlap" EXCLUDE USING gist ("during" WITH &&)
    )`);
    const { engine } = await createEngine({ datamodels: undefined, factory });
    try {
      const result = await engine.introspect({
        schema: { files: [{ path: "schema.prisma", content: 'datasource db {\n  provider = "postgresql"\n}\n' }] },
        baseDirectoryPath: temp.path,
        force: false,
        compositeTypeDepth: -1,
        namespaces: null,
      });
      expect(result.schema.files[0]?.content).toContain("model Thing");
      const pushed = await engine.schemaPush({ schema: { files: [{ path: "schema.prisma", content: SCHEMA }] }, force: true, filters: NO_FILTERS });
      expect(pushed.executedSteps).toBeGreaterThan(0);
    } finally {
      engine.free();
    }
  });

  it("creates the shadow database itself, connects to it (not the main one) and drops it after use", async () => {
    const before = await shadowDatabases();
    const shadow = await factory.connectToShadowDb();
    const { rows } = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
    const shadowName = String(rows[0]?.[0]);
    expect(shadowName).not.toBe(database.name);
    expect(shadowName).toMatch(/^prisma_migrate_shadow_db_/);
    expect(await databaseExists(shadowName)).toBe(true);
    await shadow.dispose();
    expect(await databaseExists(shadowName)).toBe(false);
    expect(await shadowDatabases()).toEqual(before);
  });

  it("replays migrations on the shadow without touching the main database", async () => {
    const { engine } = await createEngine({ datamodels: undefined, factory });
    try {
      const migrationsList = await readMigrationsList(path.join(temp.path, "migrations"));
      const diff = await engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: SCHEMA }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      expect(diff.stdout).toContain("empty migration");
    } finally {
      engine.free();
    }
    expect(await database.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
  });

  it("applies a migration with semicolons inside a function body", async () => {
    const migrationsDir = path.join(temp.path, "function-migrations");
    await writeMigrations(migrationsDir, { "20240101000000_counter": FUNCTION_MIGRATION });
    const { appliedMigrationNames } = await applyMigrations({ kind: "postgres", connectionString: database.url }, { migrationsDir });
    expect(appliedMigrationNames).toEqual(["20240101000000_counter"]);
    expect(await database.query(`SELECT "hits" FROM "counter"`)).toEqual([{ hits: 1 }]);
  });

  it("reports a failing migration with its name and leaves nothing of it behind", async () => {
    const migrationsDir = path.join(temp.path, "failing-migrations");
    await writeMigrations(migrationsDir, { "20240101000000_init": INIT_MIGRATION, "20240102000000_broken": FAILING_MIGRATION });
    const error = await applyMigrations({ kind: "postgres", connectionString: database.url }, { migrationsDir }).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    const failure = describeEngineError(error);
    expect(failure.errorCode).toBe("P3018");
    expect(failure.message).toContain("20240102000000_broken");
    expect(await database.query(`SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY 1`)).toEqual([
      { migration_name: "20240101000000_init", finished: true },
      { migration_name: "20240102000000_broken", finished: false },
    ]);
    expect(await database.query(`SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
  });

  it("reports a missing database with P1003", async () => {
    const error = await applyMigrations({ kind: "postgres", connectionString: `${database.url}_missing` }, { migrationsDir: path.join(temp.path, "migrations") }).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(describeEngineError(error)).toMatchObject({ errorCode: "P1003", message: expect.stringContaining(`${database.name}_missing`) as unknown });
  });
});
