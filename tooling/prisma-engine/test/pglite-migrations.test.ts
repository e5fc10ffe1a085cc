import { existsSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, openPglite } from "../src/index.ts";
import { FAILING_MIGRATION, FUNCTION_MIGRATION, INIT_MIGRATION, writeMigrations } from "./support/fixtures.ts";
import { makeTempDir, type TempDir } from "./support/temp-dir.ts";

describe("applyMigrations on PGlite", () => {
  let temp: TempDir;
  let pglite: PGlite | undefined;

  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await pglite?.close();
    pglite = undefined;
    await temp.remove();
  });

  it("opens a data directory whose parents do not exist yet", async () => {
    const dataDir = path.join(temp.path, "a/b/c/pglite");
    pglite = await openPglite(dataDir);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("applies pending migrations in name order on the caller's instance and leaves it open", async () => {
    const migrationsDir = path.join(temp.path, "migrations");
    await writeMigrations(migrationsDir, { "20240102000000_counter": FUNCTION_MIGRATION, "20240101000000_init": INIT_MIGRATION });
    pglite = await openPglite(path.join(temp.path, "data/pglite"));
    const messages: string[] = [];

    const first = await applyMigrations({ kind: "pglite", pglite }, { migrationsDir, log: (message) => messages.push(message) });
    expect(first.appliedMigrationNames).toEqual(["20240101000000_init", "20240102000000_counter"]);
    expect(messages.some((message) => message.includes("20240101000000_init"))).toBe(true);

    // Not closed: the caller keeps using it (a data directory takes one instance at a time).
    expect(pglite.closed).toBe(false);
    // The function body's semicolons did not split the script.
    const { rows } = await pglite.query<{ hits: number }>(`SELECT "hits" FROM "counter" WHERE "id" = 1`);
    expect(rows).toEqual([{ hits: 1 }]);

    const second = await applyMigrations({ kind: "pglite", pglite }, { migrationsDir });
    expect(second.appliedMigrationNames).toEqual([]);
  });

  it("reports a failing migration and does not record it as applied", async () => {
    const migrationsDir = path.join(temp.path, "migrations");
    await writeMigrations(migrationsDir, { "20240101000000_init": INIT_MIGRATION, "20240102000000_broken": FAILING_MIGRATION });
    pglite = await openPglite();

    const failure = await applyMigrations({ kind: "pglite", pglite }, { migrationsDir }).then(
      () => undefined,
      (error: unknown) => error as Error & { errorCode?: string },
    );
    expect(failure?.errorCode).toBe("P3018");
    expect(failure?.message).toContain("20240102000000_broken");
    expect(failure?.message).toContain("no_such_table");

    const { rows } = await pglite.query<{ migration_name: string; finished: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual([
      { migration_name: "20240101000000_init", finished: true },
      { migration_name: "20240102000000_broken", finished: false },
    ]);
    // The script ran as one transaction: its first statement did not stick either.
    const { rows: tables } = await pglite.query(`SELECT to_regclass('half_done') AS t`);
    expect(tables).toEqual([{ t: null }]);
  });
});
