import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildConfig } from "@slotted/config";
import { createLogger } from "@slotted/logger";
import { applyMigrations } from "@slotted/prisma-engine";
import pg from "pg";
import { createDatabase } from "../create-database.ts";
import type { Database } from "../database.ts";
import { locateMigrationsDir } from "../migrations-dir.ts";

export interface TestDatabase {
  database: Database;
  /** The connection string of this test's own PostgreSQL database (undefined on PGlite). */
  url: string | undefined;
  /** Closes the client and drops the test database. */
  dispose(): Promise<void>;
}

const silent = createLogger({ level: "silent" });

function migrationsFingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    hash.update(name);
    try {
      hash.update(readFileSync(file));
    } catch {
      // migration_lock.toml and stray files carry no schema
    }
  }
  return hash.digest("hex").slice(0, 12);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates (once per migration set) a migrated template database, under an advisory lock so
 * parallel test files agree, and returns its name.
 */
async function ensureTemplate(admin: pg.Client, serverUrl: string, migrationsDir: string): Promise<string> {
  const template = `slotted_template_${migrationsFingerprint(migrationsDir)}`;
  await admin.query("SELECT pg_advisory_lock(hashtext('slotted_test_template'))");
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (!rowCount) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      await applyMigrations({ kind: "postgres", connectionString: withDatabase(serverUrl, building) }, { migrationsDir });
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
  } finally {
    await admin.query("SELECT pg_advisory_unlock(hashtext('slotted_test_template'))");
  }
  return template;
}

const abandonedAfterMs = 6 * 60 * 60 * 1000;

/** Drops test databases older than any test run could be (left by runs that were killed). */
async function dropAbandonedTestDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'slotted\\_test\\_%'");
  for (const { datname } of rows) {
    const created = Number.parseInt(/^slotted_test_([0-9a-z]+)_[0-9a-f]+$/.exec(datname)?.[1] ?? "", 36);
    if (Number.isFinite(created) && Date.now() - created > abandonedAfterMs) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database cloned from a migrated
 * template when DATABASE_URL is set, otherwise a new in-memory PGlite. Tests never share rows.
 * `settings` are further configuration variables for the pool (DATABASE_STATEMENT_TIMEOUT_MS…).
 */
export async function createTestDatabase(
  env: Record<string, string | undefined> = process.env,
  settings: Record<string, string> = {},
): Promise<TestDatabase> {
  const config = buildConfig({ DATABASE_POOL_MAX: "20", ...settings, DATABASE_URL: env.DATABASE_URL });
  const migrationsDir = locateMigrationsDir();

  if (!config.database.url) {
    const database = await createDatabase(config.database, { logger: silent, migrate: true, inMemory: true, migrationsDir });
    return { database, url: undefined, dispose: () => database.close() };
  }

  const serverUrl = config.database.url;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // The creation time in the name lets later runs remove databases a killed run left behind.
  const name = `slotted_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  try {
    await dropAbandonedTestDatabases(admin);
    const template = await ensureTemplate(admin, serverUrl, migrationsDir);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const database = await createDatabase({ ...config.database, url }, { logger: silent });
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
