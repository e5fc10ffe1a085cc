import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsUpToDate, readLocalMigrations, type AppliedMigrationRow, type LocalMigration } from "./migration-state.ts";

const local: LocalMigration[] = [
  { name: "20260101000000_first", checksum: "a".repeat(64) },
  { name: "20260102000000_second", checksum: "b".repeat(64) },
];
const applied = (overrides: Partial<AppliedMigrationRow> = {}, index = 0): AppliedMigrationRow => {
  const migration = local[index] ?? local[0];
  return {
    migration_name: migration?.name ?? "",
    checksum: migration?.checksum ?? "",
    finished_at: new Date(),
    rolled_back_at: null,
    ...overrides,
  };
};

describe("migrationsUpToDate", () => {
  it("is true only when every local migration is recorded as finished with its checksum", () => {
    expect(migrationsUpToDate(local, [applied({}, 0), applied({}, 1)])).toBe(true);
  });

  it("is false with a pending, failed, edited or unknown migration", () => {
    expect(migrationsUpToDate(local, [applied({}, 0)])).toBe(false);
    expect(migrationsUpToDate(local, [applied({}, 0), applied({ finished_at: null }, 1)])).toBe(false);
    expect(migrationsUpToDate(local, [applied({}, 0), applied({ checksum: "c".repeat(64) }, 1)])).toBe(false);
    expect(migrationsUpToDate(local, [applied({}, 0), applied({}, 1), applied({ migration_name: "20260103000000_gone" })])).toBe(false);
  });

  it("ignores rolled-back attempts of a migration applied again since", () => {
    const rolledBack = applied({ finished_at: null, rolled_back_at: new Date() }, 1);
    expect(migrationsUpToDate(local, [applied({}, 0), rolledBack, applied({}, 1)])).toBe(true);
  });
});

describe("readLocalMigrations", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "slotted-migrations-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists migration folders in apply order with Prisma's checksum (SHA-256 of migration.sql)", async () => {
    for (const name of ["20260102000000_b", "20260101000000_a"]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), "SELECT 1;\n");
    }
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    expect(await readLocalMigrations(dir)).toEqual([
      // sha256("SELECT 1;\n")
      { name: "20260101000000_a", checksum: "b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd" },
      { name: "20260102000000_b", checksum: "b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd" },
    ]);
  });
});
