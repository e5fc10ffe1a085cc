// Reads a migrations folder into the engine's MigrationList, the same way Prisma's CLI does, so
// in-process `applyMigrations` computes the same checksums and order as `prisma migrate deploy`.
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationDirectory, MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const LOCKFILE_NAME = "migration_lock.toml";
export const MIGRATION_FILE_NAME = "migration.sql";

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}

export async function readMigrationsList(migrationsDir: string, shadowDbInitScript = ""): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockContent = await readFile(path.join(baseDir, LOCKFILE_NAME), "utf8").catch(() => null);
  let entries: Dirent[];
  try {
    entries = await readdir(baseDir, { withFileTypes: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
    entries = [];
  }
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory())) {
    const file = path.join(baseDir, entry.name, MIGRATION_FILE_NAME);
    // An unreadable script is reported by the engine with the migration's name, as the CLI does.
    const content = await readFile(file, "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: unknown) => ({ tag: "error" as const, value: error instanceof Error ? error.message : String(error) }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: MIGRATION_FILE_NAME, content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile: { path: LOCKFILE_NAME, content: lockContent }, shadowDbInitScript, migrationDirectories };
}
