import type { PrismaClient } from "./client.ts";

export type DatabaseMode = "postgres" | "pglite";

export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/** A finished statement: its SQL text with placeholders ($1) and how long it took. Never its parameters. */
export interface QueryTiming {
  sql: string;
  durationMs: number;
}

/** A result as node-postgres shapes it: what pg-boss expects back from a statement. */
export interface SqlRows {
  rows: Record<string, unknown>[];
}

/**
 * How the job queue (pg-boss) reaches this database: its own small pool on PostgreSQL, or
 * statements run on the one in-process PGlite connection (which serialises them with Prisma's).
 */
export type JobConnection =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; executeSql(text: string, values?: unknown[]): Promise<SqlRows> };

/** A Prisma client plus what operators need to know about the connection behind it. */
export interface Database {
  /** The primary: every write, and every read that must see the caller's own writes. */
  prisma: PrismaClient;
  /**
   * For list and statistics reads that may lag the primary by the replica's delay: a client on
   * DATABASE_READ_URL with its own pool, or the same client as `prisma` when that is unset (or on PGlite).
   */
  reader: PrismaClient;
  mode: DatabaseMode;
  jobConnection: JobConnection;
  /** Round trip to the server; throws when it cannot answer. */
  ping(): Promise<void>;
  serverVersion(): Promise<string>;
  /** Connection-pool numbers (PGlite has one in-process connection). */
  poolStats(): PoolStats;
  /** Calls `listener` after every statement Prisma runs (slow-query shapes); returns an unsubscribe function. */
  onQuery(listener: (query: QueryTiming) => void): () => void;
  close(): Promise<void>;
}
