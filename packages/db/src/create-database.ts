import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import type { Config } from "@slotted/config";
import type { Logger } from "@slotted/logger";
import type { MigrationTarget } from "@slotted/prisma-engine";
import type pg from "pg";
import type { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./client.ts";
import type { Database, QueryTiming, SqlRows } from "./database.ts";
import { databaseIsMigrated, type RunQuery } from "./migration-state.ts";
import { locateMigrationsDir } from "./migrations-dir.ts";
import { seedDataDirFromTemplate } from "./pglite-template.ts";

export interface CreateDatabaseOptions {
  logger: Logger;
  /** Apply pending migrations before returning (server start-up, tests). */
  migrate?: boolean;
  migrationsDir?: string;
  /** In-memory PGlite instead of a data directory (tests). */
  inMemory?: boolean;
  /**
   * A migrated PGlite data directory built ahead (buildPgliteTemplate): an empty data directory
   * starts as a copy of it instead of going through initdb and every migration.
   */
  pgliteTemplateDir?: string;
}

/** Closing twice (shutdown, then a test's cleanup) must be harmless. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/**
 * Applies pending migrations. When the database already records every local migration, the
 * schema engine (Wasm, a few hundred milliseconds to load) is not started at all.
 */
async function migrate(target: MigrationTarget, query: RunQuery, options: CreateDatabaseOptions): Promise<void> {
  const migrationsDir = options.migrationsDir ?? locateMigrationsDir();
  // A failed check (unreachable server...) is left to the engine, whose errors say what is wrong.
  if (await databaseIsMigrated(query, migrationsDir).catch(() => false)) {
    options.logger.debug({ component: "migrations" }, "database schema is up to date");
    return;
  }
  const { applyMigrations } = await import("@slotted/prisma-engine");
  const { appliedMigrationNames } = await applyMigrations(target, {
    migrationsDir,
    log: (message) => options.logger.debug({ component: "migrations" }, message),
  });
  if (appliedMigrationNames.length > 0) {
    options.logger.info({ migrations: appliedMigrationNames }, "applied database migrations");
  }
}

type QueryListener = (query: QueryTiming) => void;

/** Who hears about finished statements; shared by the primary's and the replica's clients. */
function queryListeners(): { listeners: Set<QueryListener>; onQuery: Database["onQuery"] } {
  const listeners = new Set<QueryListener>();
  return {
    listeners,
    onQuery: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A Prisma client that reports every statement's SQL and duration to the listeners (Prisma's
 * query events work with driver adapters). The event's `params` are deliberately never passed on.
 */
function observedClient(adapter: PrismaPg | PrismaPGlite, config: Config["database"], listeners: Set<QueryListener>): PrismaClient {
  const prisma = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    // Every interactive transaction is bounded, in both modes: waiting for a connection no longer
    // than the pool would, running no longer than the configured (sub-request-timeout) limit.
    transactionOptions: { maxWait: config.pool.connectionTimeoutMs, timeout: config.transactionTimeoutMs },
  });
  prisma.$on("query", (event) => {
    for (const listener of listeners) {
      try {
        listener({ sql: event.query, durationMs: event.duration });
      } catch {
        // An observer must never fail the query it observes.
      }
    }
  });
  return prisma;
}

/** A client on the replica with its own pool, closed with the primary's. */
interface ReadReplica {
  prisma: PrismaClient;
  close(): Promise<void>;
}

interface PostgresClients {
  prisma: PrismaClient;
  pool: pg.Pool;
  replica: ReadReplica | undefined;
  onQuery: Database["onQuery"];
}

function postgresDatabase(url: string, config: Config["database"], clients: PostgresClients): Database {
  const { prisma, pool, replica, onQuery } = clients;
  return {
    prisma,
    reader: replica?.prisma ?? prisma,
    mode: "postgres",
    jobConnection: { kind: "postgres", url },
    onQuery,
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    serverVersion: async () => {
      const rows = await prisma.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
      return rows[0]?.server_version ?? "unknown";
    },
    poolStats: () => ({ max: config.pool.max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: once(async () => {
      await replica?.close();
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

/**
 * Opens the database for the configured mode: PostgreSQL through a sized `pg` pool when
 * DATABASE_URL is set, otherwise embedded PGlite persisted in `pgliteDataDir`. Both modes run the
 * same Prisma client and the same migrations, so nothing above this function knows which it got.
 */
export async function createDatabase(config: Config["database"], options: CreateDatabaseOptions): Promise<Database> {
  // Each mode imports only its own driver: PGlite's Wasm is never loaded next to PostgreSQL.
  if (config.url) return openPostgres(config.url, config, options);
  return openPglite(config, options);
}

async function openPostgres(url: string, config: Config["database"], options: CreateDatabaseOptions): Promise<Database> {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  if (options.migrate) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: config.pool.connectionTimeoutMs });
    let connected: Promise<unknown> | undefined;
    const query: RunQuery = async (sql) => {
      await (connected ??= client.connect());
      return (await client.query<Record<string, unknown>>(sql)).rows;
    };
    try {
      await migrate({ kind: "postgres", connectionString: url }, query, options);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const { listeners, onQuery } = queryListeners();
  const pool = openPool(pg, url, config, config.pool.max, options.logger);
  const prisma = observedClient(new PrismaPg(pool), config, listeners);
  let replica: ReadReplica | undefined;
  if (config.readUrl && config.readUrl !== url) {
    // List and statistics reads are a fraction of the traffic: half the primary's pool is plenty.
    const readPool = openPool(pg, config.readUrl, config, Math.max(1, Math.ceil(config.pool.max / 2)), options.logger);
    const reader = observedClient(new PrismaPg(readPool), config, listeners);
    replica = {
      prisma: reader,
      close: async () => {
        await reader.$disconnect();
        await readPool.end();
      },
    };
  }
  return postgresDatabase(url, config, { prisma, pool, replica, onQuery });
}

function openPool(driver: typeof pg, url: string, config: Config["database"], max: number, logger: Logger): pg.Pool {
  const pool = new driver.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: config.pool.idleTimeoutMs,
    connectionTimeoutMillis: config.pool.connectionTimeoutMs,
    // Recycled when released after this long, so server-side memory bloat and moved DNS targets
    // (failover, rolling replicas) do not live as long as the process. 0 keeps them forever.
    maxLifetimeSeconds: config.pool.maxLifetimeSeconds,
    // Sent as startup parameters of each new connection (pg skips a 0), so they hold for every
    // query and transaction without a SET round trip that a reconnect could lose. Behind a
    // transaction-mode pooler (PgBouncer) neither these nor a per-session SET reach the server
    // connection that runs the query, and PgBouncer 1.18 refuses unknown startup parameters
    // (ignore_startup_parameters would only drop them silently): there, set both to 0 and put
    // them on the role or database (ALTER ROLE slotted SET statement_timeout = '15s'), which
    // every server connection the pooler opens starts with.
    statement_timeout: config.statementTimeoutMs,
    idle_in_transaction_session_timeout: config.idleInTransactionTimeoutMs,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", (error) => logger.warn({ err: error }, "idle database connection failed"));
  return pool;
}

/** A plain object (a job's data) travels as JSON text; arrays, dates and scalars as themselves. */
function isJsonObject(value: unknown): value is object {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A statement for pg-boss on PGlite. Parameterised statements take the extended protocol; pg-boss's
 * parameterless scripts (schema creation, maintenance) hold several statements, which only the
 * simple protocol (`exec`) accepts. Objects are sent as JSON text, as node-postgres would.
 */
async function runOnPglite(pglite: PGlite, text: string, values: unknown[] = []): Promise<SqlRows> {
  if (values.length === 0) {
    const results = await pglite.exec(text);
    return { rows: results.at(-1)?.rows ?? [] };
  }
  const params = values.map((value) => (isJsonObject(value) ? JSON.stringify(value) : value));
  return { rows: (await pglite.query<Record<string, unknown>>(text, params)).rows };
}

async function openPglite(config: Config["database"], options: CreateDatabaseOptions): Promise<Database> {
  const [{ PGlite }, { PrismaPGlite }, { pgliteExtensions }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
    import("@slotted/prisma-engine/pglite-extensions"),
  ]);
  const extensions = { extensions: pgliteExtensions };
  let pglite: PGlite;
  if (options.inMemory) {
    pglite = await PGlite.create(extensions);
  } else {
    // PGlite creates only the last folder of its data path.
    mkdirSync(path.dirname(config.pgliteDataDir), { recursive: true });
    if (options.pgliteTemplateDir && options.migrate) {
      const template = await seedDataDirFromTemplate({
        dataDir: config.pgliteDataDir,
        templateDir: options.pgliteTemplateDir,
        migrationsDir: options.migrationsDir ?? locateMigrationsDir(),
      });
      if (template.used) options.logger.info({ migrations: template.migrations }, "created the embedded database from the migrated template");
      else options.logger.debug({ reason: template.reason }, "embedded database not created from the template");
    }
    pglite = await PGlite.create(config.pgliteDataDir, extensions);
  }
  if (options.migrate) {
    const query: RunQuery = async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows;
    await migrate({ kind: "pglite", pglite }, query, options);
  }
  // One in-process connection: no pool, so no statement, idle or lifetime bounds apply; the
  // transaction timeout does (Prisma enforces it).
  const { listeners, onQuery } = queryListeners();
  const prisma = observedClient(new PrismaPGlite(pglite), config, listeners);
  return {
    prisma,
    // One in-process database: there is no replica to read from.
    reader: prisma,
    mode: "pglite",
    jobConnection: { kind: "pglite", executeSql: (text, values) => runOnPglite(pglite, text, values) },
    onQuery,
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    serverVersion: async () => {
      const rows = await prisma.$queryRaw<{ server_version: string }[]>`SHOW server_version`;
      return `${rows[0]?.server_version ?? "unknown"} (PGlite)`;
    },
    poolStats: () => ({ max: 1, total: 1, idle: 1, waiting: 0 }),
    close: once(async () => {
      await prisma.$disconnect();
      await pglite.close();
    }),
  };
}
