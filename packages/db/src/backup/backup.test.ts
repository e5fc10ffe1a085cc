import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildConfig } from "@slotted/config";
import { createLogger } from "@slotted/logger";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../create-database.ts";
import type { Database } from "../database.ts";
import { createTestDatabase, type TestDatabase } from "../testing/index.ts";
import { BackupError, backupPglite, backupPostgres, defaultBackupPath, detectBackupFormat, restorePglite, restorePostgres } from "./index.ts";

const silent = createLogger({ level: "silent" });
const scratch = mkdtempSync(path.join(tmpdir(), "slotted-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function insertRows(database: Database): Promise<void> {
  await database.prisma.user.createMany({
    data: [
      { email: "ada@example.test", name: "Ada Lovelace", passwordHash: "hash-1" },
      { email: "grace@example.test", name: "Grace Hopper ☕", passwordHash: "hash-2" },
    ],
  });
}

const usersOf = (database: Database) => database.prisma.user.findMany({ orderBy: { email: "asc" } });

it("names default backups by mode and UTC time, under ./backups", () => {
  const at = new Date("2026-11-30T06:34:30.123Z");
  expect(defaultBackupPath("pg_dump", at)).toBe(path.resolve("backups", "slotted-2026-11-30T06-34-30Z.dump"));
  expect(defaultBackupPath("pglite", at)).toBe(path.resolve("backups", "slotted-2026-11-30T06-34-30Z.tar.gz"));
});

describe.runIf(process.env.DATABASE_URL)("PostgreSQL backup and restore", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const emptyName = `slotted_restore_${Date.now().toString(36)}`;
  const emptyUrl = (() => {
    const url = new URL(process.env.DATABASE_URL ?? "postgresql://localhost");
    url.pathname = `/${emptyName}`;
    return url.toString();
  })();
  const file = path.join(scratch, "nested", "slotted.dump");

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${emptyName} TEMPLATE template0`);
    await insertRows(source.database);
    await backupPostgres(source.url ?? "", file);
  });
  afterAll(async () => {
    await Promise.all([source.dispose(), target.dispose()]);
    await admin.query(`DROP DATABASE IF EXISTS ${emptyName} WITH (FORCE)`);
    await admin.end();
  });

  it("writes a pg_dump custom-format file", async () => {
    expect(await detectBackupFormat(file)).toBe("pg_dump");
  });

  it("restores into an empty database with the same rows", async () => {
    await restorePostgres(emptyUrl, file);
    const restored = await createDatabase(buildConfig({ DATABASE_URL: emptyUrl }).database, { logger: silent });
    try {
      expect(await usersOf(restored)).toEqual(await usersOf(source.database));
    } finally {
      await restored.close();
    }
  });

  it("refuses a non-empty database without --force, and replaces its rows with it", async () => {
    await target.database.prisma.user.create({ data: { email: "someone-else@example.test", name: "Not in the backup", passwordHash: "x" } });
    await expect(restorePostgres(target.url ?? "", file)).rejects.toThrow(/is not empty .*--force/);
    expect(await target.database.prisma.user.count()).toBe(1);

    await restorePostgres(target.url ?? "", file, { force: true });
    expect(await usersOf(target.database)).toEqual(await usersOf(source.database));
  });
});

describe.runIf(!process.env.DATABASE_URL)("embedded PGlite backup and restore", () => {
  const sourceDir = path.join(scratch, "source", "pglite");
  const targetDir = path.join(scratch, "target", "pglite");
  const file = path.join(scratch, "slotted.tar.gz");
  const open = (dataDir: string) => createDatabase(buildConfig({ PGLITE_DATA_DIR: dataDir }).database, { logger: silent, migrate: true });
  let expected: Awaited<ReturnType<typeof usersOf>>;

  beforeAll(async () => {
    const source = await open(sourceDir);
    try {
      await insertRows(source);
      expected = await usersOf(source);
      // An open data directory must not be copied: the running server would be dumped mid-write.
      await expect(backupPglite(sourceDir, file)).rejects.toThrow(/stop the Slotted server first/);
    } finally {
      await source.close();
    }
    await backupPglite(sourceDir, file);
  });

  it("writes PGlite's gzipped data-directory dump", async () => {
    expect(await detectBackupFormat(file)).toBe("pglite");
  });

  it("restores into a fresh data directory with the same rows", async () => {
    expect(await restorePglite(targetDir, file)).toEqual({ previousDataDir: undefined });
    const restored = await open(targetDir);
    try {
      expect(expected).toHaveLength(2);
      expect(await usersOf(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  });

  it("refuses an existing data directory without --force, and moves it aside with it", async () => {
    await expect(restorePglite(targetDir, file)).rejects.toBeInstanceOf(BackupError);
    const { previousDataDir } = await restorePglite(targetDir, file, { force: true });
    expect(previousDataDir).toMatch(/pglite\.before-restore-/);
    expect(readdirSync(previousDataDir ?? "")).toContain("PG_VERSION");
    const restored = await open(targetDir);
    try {
      expect(await usersOf(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  });
});
