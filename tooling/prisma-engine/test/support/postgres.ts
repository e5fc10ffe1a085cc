// Temporary PostgreSQL databases on the server DATABASE_URL points at (tests that need one are
// gated on DATABASE_URL being set).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectionFields } from "../../src/pg-admin.ts";

export const serverUrl = process.env.DATABASE_URL;
export const hasPostgres = Boolean(serverUrl);

function requireServer(): string {
  if (!serverUrl) throw new Error("DATABASE_URL is not set");
  return serverUrl;
}

export function randomDatabaseName(): string {
  return `prisma_engine_test_${randomBytes(6).toString("hex")}`;
}

/** Runs one statement on the server's maintenance database. */
export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ ...connectionFields(requireServer()), database: "postgres" });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  const rows = await adminQuery("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return rows.length > 0;
}

export interface TempDatabase {
  name: string;
  url: string;
  query(sql: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

export async function createTempDatabase(): Promise<TempDatabase> {
  const name = randomDatabaseName();
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(requireServer());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async query(sql, values = []) {
      const client = new pg.Client({ ...connectionFields(requireServer()), database: name });
      await client.connect();
      try {
        return (await client.query<Record<string, unknown>>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Shadow databases our factory creates; none may be left behind. */
export async function shadowDatabases(): Promise<string[]> {
  const rows = await adminQuery<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
  return rows.map((row) => row.datname);
}
