import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** A migration folder as Prisma records it: its name and the SHA-256 (hex) of its migration.sql. */
export interface LocalMigration {
  name: string;
  checksum: string;
}

/** A row of Prisma's `_prisma_migrations` table, the columns that say whether it is applied. */
export interface AppliedMigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/**
 * Reads the migration folders in the order Prisma applies them, with the checksums Prisma
 * stores. Folders without a readable migration.sql get an empty checksum, which never matches a
 * recorded one, so the schema engine is asked and reports the problem the way it always has.
 */
export async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(migrationsDir, name, "migration.sql")).catch(() => null);
      return { name, checksum: script ? createHash("sha256").update(script).digest("hex") : "" };
    }),
  );
}

/**
 * True when the database records exactly the local migrations, each finished with the local
 * checksum: then `migrate deploy` has nothing to do and starting the schema engine (a Wasm module)
 * can be skipped. Rolled-back attempts are history and ignored. Anything else (pending, failed,
 * edited or unknown migrations) returns false and goes through the engine, which applies, refuses
 * or warns exactly as before.
 */
export function migrationsUpToDate(local: readonly LocalMigration[], applied: readonly AppliedMigrationRow[]): boolean {
  const live = applied.filter((row) => row.rolled_back_at === null);
  if (live.length !== local.length) return false;
  const byName = new Map(live.map((row) => [row.migration_name, row]));
  return local.every(({ name, checksum }) => {
    const row = byName.get(name);
    return row !== undefined && checksum !== "" && row.checksum === checksum && row.finished_at !== null;
  });
}

/** Runs one SQL statement without parameters and returns its rows. */
export type RunQuery = (sql: string) => Promise<readonly Record<string, unknown>[]>;

function isAppliedMigrationRow(row: Record<string, unknown>): row is Record<string, unknown> & AppliedMigrationRow {
  return typeof row.migration_name === "string" && typeof row.checksum === "string";
}

/** Whether the database already has every local migration (false on a database without Prisma's table). */
export async function databaseIsMigrated(query: RunQuery, migrationsDir: string): Promise<boolean> {
  const [exists] = await query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`);
  if (exists?.exists !== true) return false;
  const rows = await query("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations");
  return migrationsUpToDate(await readLocalMigrations(migrationsDir), rows.filter(isAppliedMigrationRow));
}
