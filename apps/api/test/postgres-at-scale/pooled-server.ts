// A Slotted server whose own database connections (Prisma and the job queue) go through a private
// PgBouncer in transaction mode, while the test's setup and checks reach the database directly.
import { createTestDatabase } from "@slotted/db/testing";
import { modeEnvironment, type TestServer } from "../helpers/test-server.ts";
import { databaseNameOf, runDirect, startAppServer } from "./app-server.ts";
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

/** Every new server session of `database` starts with these bounds, whoever pooled the connection. */
export function applyDatabaseTimeouts(directUrl: string, database: string, bounds: { statementMs: number; idleInTransactionMs: number }): Promise<void> {
  return runDirect(directUrl, [
    `ALTER DATABASE ${database} SET statement_timeout = ${bounds.statementMs}`,
    `ALTER DATABASE ${database} SET idle_in_transaction_session_timeout = ${bounds.idleInTransactionMs}`,
  ]);
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

  const app = await startAppServer({ ...behindTransactionPooler, ...options.env, DATABASE_URL: pgbouncer.urlFor(databaseName) });
  return {
    ...app,
    testDatabase,
    pgbouncer,
    databaseName,
    close: async () => {
      await app.running.shutdown();
      await pgbouncer.stop();
      await testDatabase.dispose();
    },
  };
}

