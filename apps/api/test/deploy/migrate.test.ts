import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { buildConfig } from "@slotted/config";
import { createDatabase, locateMigrationsDir, type Database } from "@slotted/db";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApi } from "../helpers/api-process.ts";

const migrateEntry = ["--import", "tsx", "src/migrate.ts"];
const silent = createLogger({ level: "silent" });

/** Runs the migrate command to its exit; its log lines, parsed. */
async function runMigrate(env: Record<string, string>): Promise<{ code: number | null; lines: { level: string; msg: string }[] }> {
  const migrate = spawnApi({ LOG_LEVEL: "info", ...env }, migrateEntry);
  const code = await migrate.exited;
  const lines = migrate
    .output()
    .stdout.split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: string; msg: string });
  return { code, lines };
}

const openDatabase = (url: string): Promise<Database> =>
  createDatabase(buildConfig({ DATABASE_URL: url }).database, {
    logger: silent,
  });

describe("the migrate command", () => {
  it("refuses, with a clear line, when DATABASE_URL is unset", async () => {
    const { code, lines } = await runMigrate({});
    expect(code).toBe(1);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "fatal",
        msg: expect.stringContaining("DATABASE_URL is not set"),
      }),
    );
  });

  it("exits 1 and says why when the database cannot be reached", async () => {
    const { code, lines } = await runMigrate({
      DATABASE_URL: "postgresql://slotted:hunter2@127.0.0.1:1/slotted",
    });
    expect(code).toBe(1);
    const failure = lines.find((line) => line.msg === "database migration failed");
    expect(failure).toBeDefined();
    expect(JSON.stringify(lines)).not.toContain("hunter2");
  });
});

// Creates and migrates a database of its own on a real server; PGlite is migrated by the server itself.
describe.runIf(process.env.DATABASE_URL)("the migrate command on an empty PostgreSQL database", () => {
  const serverUrl = process.env.DATABASE_URL ?? "";
  // Named like the test databases, so a killed run's leftover is dropped by a later run.
  const name = `slotted_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  let url: string;
  let admin: Database;

  beforeAll(async () => {
    url = Object.assign(new URL(serverUrl), {
      pathname: `/${name}`,
    }).toString();
    admin = await openDatabase(serverUrl);
    await admin.prisma.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await admin.prisma.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });

  it("applies every migration and the job queue's schema, then exits 0, and again as a no-op", async () => {
    const first = await runMigrate({ DATABASE_URL: url });
    expect(first.code).toBe(0);
    expect(first.lines.map((line) => line.msg)).toEqual(["applied database migrations", "database schema is up to date"]);

    const database = await openDatabase(url);
    try {
      const applied = await database.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
      const local = readdirSync(locateMigrationsDir(), {
        withFileTypes: true,
      })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      expect(applied.map((row) => row.migration_name)).toEqual(local.sort());
      const queues = await database.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue`;
      expect(queues.length).toBeGreaterThan(0);
    } finally {
      await database.close();
    }

    const second = await runMigrate({ DATABASE_URL: url });
    expect(second.code).toBe(0);
    expect(second.lines.map((line) => line.msg)).toEqual(["database schema is up to date"]);
  });
});
