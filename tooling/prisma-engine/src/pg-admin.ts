// Server-level PostgreSQL operations the native engine performs itself rather than through a
// driver adapter: probing a connection, creating and dropping databases. Errors carry the Prisma
// error codes the CLI branches on (P1003 makes `migrate dev` offer to create the database).
import pg from "pg";
import { CodedError } from "./coded-error.ts";

/** Matches the native engine's default connect_timeout, so an unreachable host fails fast. */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Host, port, user, password, database and TLS settings as separate fields. A pool given a
 * `connectionString` ignores a separate `database`, which is how @prisma/adapter-pg ends up using
 * the main database as its "shadow".
 */
export function connectionFields(connectionString: string): pg.PoolConfig {
  const client = new pg.Client({ connectionString });
  const fields: pg.PoolConfig = {
    host: client.host,
    port: client.port,
    user: client.user,
    database: client.database,
    password: client.password,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  };
  // `ssl` is whatever sslmode and friends resolved to: false, true or a TLS options object.
  const ssl: unknown = client.ssl;
  if (ssl !== false && ssl !== undefined) fields.ssl = ssl as pg.PoolConfig["ssl"];
  return fields;
}

function location(fields: pg.PoolConfig): string {
  return `${fields.host ?? "localhost"}:${fields.port ?? 5432}`;
}

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET"]);

/** The user-facing error (with its Prisma code) for a failed connection or admin statement. */
export function describePgError(error: unknown, fields: pg.PoolConfig): CodedError {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const at = location(fields);
  if ((code && UNREACHABLE.has(code)) || /timeout/i.test(message)) {
    return new CodedError(`Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`, "P1001");
  }
  switch (code) {
    case "3D000":
      return new CodedError(`Database \`${fields.database ?? ""}\` does not exist on the database server at \`${at}\`.`, "P1003");
    case "28P01":
    case "28000":
      return new CodedError(
        `Authentication failed against database server at \`${at}\`, the provided database credentials for \`${fields.user ?? ""}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${at}\`.`,
        "P1000",
      );
    case "42P04":
      return new CodedError(`Database \`${fields.database ?? ""}\` already exists on the database server at \`${at}\``, "P1009");
    case "42501":
      return new CodedError(`User \`${fields.user ?? ""}\` was denied access on the database \`${fields.database ?? ""}\``, "P1010");
    default:
      return new CodedError(message, null);
  }
}

async function withClient<T>(fields: pg.PoolConfig, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(fields);
  // A connection dropped by the server must become a rejected promise, not a crash.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return await run(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Resolves when the database accepts a connection; rejects with a CodedError otherwise. */
export async function checkConnection(connectionString: string): Promise<void> {
  const fields = connectionFields(connectionString);
  try {
    await withClient(fields, (client) => client.query("SELECT 1"));
  } catch (error) {
    throw describePgError(error, fields);
  }
}

/** Runs `sql` on the server's maintenance database (the target database may not exist yet). */
async function onMaintenanceDatabase(fields: pg.PoolConfig, sql: string): Promise<void> {
  let lastError: unknown;
  for (const database of ["postgres", "template1"]) {
    try {
      await withClient({ ...fields, database }, (client) => client.query(sql));
      return;
    } catch (error) {
      lastError = error;
      // Only a missing maintenance database is worth a second try.
      if (errorCodeOf(error) !== "3D000") break;
    }
  }
  throw lastError;
}

function toFields(target: string | pg.PoolConfig): pg.PoolConfig {
  return typeof target === "string" ? connectionFields(target) : target;
}

/** Creates the database a connection string (or field set) names; returns its name. */
export async function createDatabase(target: string | pg.PoolConfig): Promise<string> {
  const fields = toFields(target);
  const name = fields.database ?? "postgres";
  try {
    await onMaintenanceDatabase(fields, `CREATE DATABASE ${quoteIdentifier(name)}`);
  } catch (error) {
    throw describePgError(error, fields);
  }
  return name;
}

/** `force` also ends other sessions first (PostgreSQL 13+), which a shadow database needs. */
export async function dropDatabase(target: string | pg.PoolConfig, options: { force?: boolean } = {}): Promise<void> {
  const fields = toFields(target);
  const name = quoteIdentifier(fields.database ?? "postgres");
  try {
    await onMaintenanceDatabase(fields, options.force ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `DROP DATABASE ${name}`);
  } catch (error) {
    throw describePgError(error, fields);
  }
}
