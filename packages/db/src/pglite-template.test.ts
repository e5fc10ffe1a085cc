import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildConfig } from "@slotted/config";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "./create-database.ts";
import { locateMigrationsDir } from "./migrations-dir.ts";
import { buildPgliteTemplate, seedDataDirFromTemplate } from "./pglite-template.ts";

// One template for the file: building it is initdb plus every migration, the slow part it saves.
const root = mkdtempSync(path.join(tmpdir(), "slotted-template-"));
const migrationsDir = path.join(root, "migrations");
const templateDir = path.join(root, "template");
const silent = createLogger({ level: "silent" });

beforeAll(async () => {
  cpSync(locateMigrationsDir(import.meta.dirname), migrationsDir, { recursive: true });
  await buildPgliteTemplate({ templateDir, migrationsDir });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function appliedMigrations(dataDir: string, migrations = migrationsDir): Promise<string[]> {
  const config = buildConfig({ PGLITE_DATA_DIR: dataDir });
  const database = await createDatabase(config.database, { logger: silent, migrate: true, migrationsDir: migrations, pgliteTemplateDir: templateDir });
  try {
    const rows = await database.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    return rows.map((row) => row.migration_name);
  } finally {
    await database.close();
  }
}

describe("the migrated PGlite template", () => {
  it("gives an empty data directory every migration, recorded as Prisma records them", async () => {
    const dataDir = path.join(root, "fresh");
    expect(await appliedMigrations(dataDir)).toEqual(readdirSync(migrationsDir).filter((name) => name !== "migration_lock.toml").sort());
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  });

  it("leaves migrations newer than the template to the migration run", async () => {
    const newer = path.join(root, "migrations-newer");
    cpSync(migrationsDir, newer, { recursive: true });
    mkdirSync(path.join(newer, "29991231000000_newer"));
    writeFileSync(path.join(newer, "29991231000000_newer", "migration.sql"), 'CREATE TABLE "TemplateProbe" ("id" INTEGER PRIMARY KEY);\n');
    const dataDir = path.join(root, "with-newer");
    const seeded = await seedDataDirFromTemplate({ dataDir, templateDir, migrationsDir: newer });
    expect(seeded.used).toBe(true);
    rmSync(dataDir, { recursive: true });
    expect(await appliedMigrations(dataDir, newer)).toContain("29991231000000_newer");
  });

  it("is not used when a migration it holds was edited since it was built", async () => {
    const edited = path.join(root, "migrations-edited");
    cpSync(migrationsDir, edited, { recursive: true });
    const first = readdirSync(edited).filter((name) => name !== "migration_lock.toml").sort()[0] ?? "";
    writeFileSync(path.join(edited, first, "migration.sql"), "-- edited\n", { flag: "a" });
    const result = await seedDataDirFromTemplate({ dataDir: path.join(root, "edited"), templateDir, migrationsDir: edited });
    expect(result).toEqual({ used: false, reason: expect.stringContaining(first) as unknown });
    expect(existsSync(path.join(root, "edited"))).toBe(false);
  });

  it("never touches a data directory that already holds a database, and redoes an interrupted copy", async () => {
    const dataDir = path.join(root, "interrupted");
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, ".slotted-template-copying"), "");
    writeFileSync(path.join(dataDir, "half-copied"), "");
    expect((await seedDataDirFromTemplate({ dataDir, templateDir, migrationsDir })).used).toBe(true);
    expect(existsSync(path.join(dataDir, ".slotted-template-copying"))).toBe(false);
    expect(await seedDataDirFromTemplate({ dataDir, templateDir, migrationsDir })).toEqual({
      used: false,
      reason: "the data directory already holds a database",
    });
  });
});
