import type { Prisma, PrismaClient } from "./client.ts";

export type TransactionClient = Prisma.TransactionClient;

export interface TransactionOptions {
  /** Unset means PostgreSQL's default, READ COMMITTED, without a `SET TRANSACTION` round trip. */
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** How long to wait for a connection from the pool (default: DATABASE_POOL_CONNECTION_TIMEOUT_MS). */
  maxWaitMs?: number;
  /** How long the transaction may run before Prisma rolls it back (default: DATABASE_TRANSACTION_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The request's abort signal: a request already answered (504) or abandoned starts no transaction. */
  signal?: AbortSignal;
}

/**
 * The one way Slotted opens an interactive transaction: everything in `work` commits or none of it
 * does. Unset bounds come from the client's configured defaults (see createDatabase).
 */
export async function withTransaction<T>(
  prisma: PrismaClient,
  work: (tx: TransactionClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  options.signal?.throwIfAborted();
  return prisma.$transaction(work, {
    ...(options.isolationLevel === undefined ? {} : { isolationLevel: options.isolationLevel }),
    ...(options.maxWaitMs === undefined ? {} : { maxWait: options.maxWaitMs }),
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
}

/**
 * Serialises transactions that share `scope` (e.g. one booking date) with a transaction-level
 * advisory lock; released automatically at commit or rollback. Works on PostgreSQL and PGlite.
 */
export async function lockScope(tx: TransactionClient, scope: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${scope}, 0))`;
}
