// A Slotted server whose own database connections (Prisma and the job queue) go through a private
// PgBouncer in transaction mode, while the test's setup and checks can also reach the database
// directly. Shaped as a TestServer so the booking, account and job helpers work unchanged.
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { buildConfig } from "@slotted/config";
import { createDatabase } from "@slotted/db";
import { createTestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { createServices } from "../../src/create-services.ts";
import { startServer } from "../../src/server.ts";
import { modeEnvironment, type LogLine, type TestServer } from "../helpers/test-server.ts";
import { unbuiltWebApps } from "../helpers/web-app-dir.ts";
import { startPgbouncer, type Pgbouncer } from "./pgbouncer.ts";

export interface PooledServer extends TestServer {
  pgbouncer: Pgbouncer;
  /** This server's database name (the same behind the pooler and on the server). */
  databaseName: string;
}

/**
 * The settings a deployment behind a transaction pooler uses: no per-connection startup
 * parameters (PgBouncer 1.18 refuses them and could not keep them anyway); the same bounds are
 * set on the database instead (see `applyDatabaseTimeouts`).
 */
export const behindTransactionPooler = { DATABASE_STATEMENT_TIMEOUT_MS: "0", DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "0" };

/** Runs statements one by one on a direct (unpooled) connection to `url` (the app's package has no `pg` of its own). */
export async function runDirect(url: string, statements: string[]): Promise<void> {
  const database = await createDatabase(buildConfig({ DATABASE_URL: url }).database, { logger: createLogger({ level: "silent" }) });
  try {
    for (const statement of statements) await database.prisma.$executeRawUnsafe(statement);
  } finally {
    await database.close();
  }
}

/** Every new server session of `database` starts with these bounds, whoever pooled the connection. */
export function applyDatabaseTimeouts(directUrl: string, database: string, bounds: { statementMs: number; idleInTransactionMs: number }): Promise<void> {
  return runDirect(directUrl, [
    `ALTER DATABASE ${database} SET statement_timeout = ${bounds.statementMs}`,
    `ALTER DATABASE ${database} SET idle_in_transaction_session_timeout = ${bounds.idleInTransactionMs}`,
  ]);
}

/** `url` pointing at another database on the same server. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  return new URL(url).pathname.slice(1);
}

/**
 * Needs DATABASE_URL. The test database is created and migrated directly (the template lock is a
 * session advisory lock); the app then opens its own connections through PgBouncer and runs its
 * start-up migration check there. `beforeStart` runs on the direct database before the app opens.
 */
export async function startPooledServer(
  options: { env?: Record<string, string>; beforeStart?: (directUrl: string, name: string) => Promise<void> } = {},
): Promise<PooledServer> {
  const testDatabase = await createTestDatabase(modeEnvironment());
  const directUrl = testDatabase.url;
  if (!directUrl) throw new Error("a pooled server needs DATABASE_URL");
  const databaseName = databaseNameOf(directUrl);
  await options.beforeStart?.(directUrl, databaseName);
  const pgbouncer = await startPgbouncer({ databases: [databaseName], upstreamUrl: directUrl });

  const config = buildConfig({
    LOG_LEVEL: "debug",
    RATE_LIMIT_ENABLED: "false",
    ...unbuiltWebApps,
    ...modeEnvironment(),
    ...behindTransactionPooler,
    ...options.env,
    DATABASE_URL: pgbouncer.urlFor(databaseName),
  });
  const logs: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) {
        if (!line) continue;
        raw.push(line);
        logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const logger = createLogger({ level: config.log.level, destination });
  const redisKeyPrefix = `test:${randomBytes(6).toString("hex")}:`;
  const services = await createServices(config, logger, { redisKeyPrefix });
  const running = await startServer(services, { port: 0, host: "127.0.0.1" });
  return {
    url: running.url,
    config,
    services,
    logs,
    logText: () => raw.join("\n"),
    running,
    testDatabase,
    pgbouncer,
    databaseName,
    close: async () => {
      await running.shutdown();
      await pgbouncer.stop();
      await testDatabase.dispose();
    },
  };
}
