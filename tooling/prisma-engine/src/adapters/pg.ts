// A migration-aware adapter factory on @prisma/adapter-pg 7.10 with its three migration-time
// defects worked around (see README "Traps").
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type IsolationLevel, type SqlDriverAdapter, type SqlQuery, type SqlQueryable, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CONNECT_TIMEOUT_MS, connectionFields, createDatabase, dropDatabase } from "../pg-admin.ts";
import { toDriverAdapterError } from "./driver-error.ts";
import { AdapterTracker, type ManagedAdapterFactory } from "./managed-factory.ts";

export const CHAR_OID = 18;
export const TEXT_OID = 25;
/** NUL cannot occur in a PostgreSQL identifier, so this suffix can only be ours. */
const CHAR_MARKER = "\u0000char";

interface RowDescription {
  fields: { name: string; dataTypeID: number }[];
}

function isRowDescription(message: unknown): message is RowDescription {
  return typeof message === "object" && message !== null && "fields" in message && Array.isArray(message.fields);
}

/**
 * The engine's schema reader selects catalog columns of Postgres's internal `"char"` type (OID 18,
 * e.g. pg_constraint.contype). adapter-pg 7.10 refuses that type ("Column type 'char' could not be
 * deserialized"), and reporting it as text is not enough: the reader wants a Character value.
 * So before pg builds the result, the column becomes text (parsed as a plain string) and its name
 * is marked; `restoreCharColumns` then turns marked columns back into Character columns.
 */
export function markCharColumns(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", (message: unknown) => {
      if (!isRowDescription(message)) return;
      for (const field of message.fields) {
        if (field.dataTypeID !== CHAR_OID) continue;
        field.dataTypeID = TEXT_OID;
        field.name += CHAR_MARKER;
      }
    });
  });
}

export function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, index) => {
    if (!name.endsWith(CHAR_MARKER)) return;
    result.columnNames[index] = name.slice(0, -CHAR_MARKER.length);
    result.columnTypes[index] = ColumnTypeEnum.Character;
  });
  return result;
}

/** Applies `restoreCharColumns` to everything that can run a query: the adapter and its transactions. */
function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  return Object.assign(queryable, { queryRaw: async (query: SqlQuery) => restoreCharColumns(await queryRaw(query)) });
}

/**
 * adapter-pg splits scripts on every `;`, which breaks function bodies and string literals. Send
 * the script as one simple-protocol query instead, as the native engine does: PostgreSQL then runs
 * it in one implicit transaction, so a failing migration leaves nothing half-applied.
 */
async function runScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    throw toDriverAdapterError(error);
  }
}

/** Prisma's `?schema=` URL parameter, which adapter-pg wants as an option. */
function schemaOf(connectionString: string): string | undefined {
  try {
    return new URL(connectionString).searchParams.get("schema") ?? undefined;
  } catch {
    return undefined;
  }
}

export interface PgAdapterFactoryOptions {
  connectionString: string;
  /** A database to use (and let the engine clean) as the shadow; by default one is created per use. */
  shadowDatabaseUrl?: string | undefined;
}

export function createPgAdapterFactory(options: PgAdapterFactoryOptions): ManagedAdapterFactory {
  const tracker = new AdapterTracker();
  const schema = schemaOf(options.connectionString);

  async function open(config: pg.PoolConfig, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool(config);
    markCharColumns(pool);
    const adapter = withCharColumns(await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    return tracker.track(
      Object.assign(adapter, {
        startTransaction: async (isolationLevel?: IsolationLevel) => withCharColumns(await startTransaction(isolationLevel)),
        executeScript: (script: string) => runScript(pool, script),
      }),
      afterDispose,
    );
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => open({ connectionString: options.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    async connectToShadowDb() {
      if (options.shadowDatabaseUrl) {
        return open({ ...connectionFields(options.shadowDatabaseUrl) });
      }
      // adapter-pg's own shadow lands on the main database (it passes a connectionString beside
      // the new name) and drops the new database while its pool is still connected. Create it
      // here, connect with discrete fields, and drop it only after the pool has ended.
      const shadow: pg.PoolConfig = { ...connectionFields(options.connectionString), database: `prisma_migrate_shadow_db_${randomUUID()}` };
      await createDatabase(shadow);
      const drop = () => dropDatabase(shadow, { force: true });
      try {
        return await open(shadow, drop);
      } catch (error) {
        await drop().catch(() => undefined);
        throw error;
      }
    },
    close: () => tracker.disposeAll(),
  };
}
