import { Prisma, type PrismaClient } from "./client.ts";

export type TransactionClient = Prisma.TransactionClient;

export interface TransactionOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** How long to wait for a connection from the pool. */
  maxWaitMs?: number;
  /** How long the transaction may run before Prisma rolls it back. */
  timeoutMs?: number;
}

/** The one way Slotted opens an interactive transaction: everything in `work` commits or none of it does. */
export function withTransaction<T>(
  prisma: PrismaClient,
  work: (tx: TransactionClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return prisma.$transaction(work, {
    isolationLevel: options.isolationLevel ?? Prisma.TransactionIsolationLevel.ReadCommitted,
    maxWait: options.maxWaitMs ?? 5_000,
    timeout: options.timeoutMs ?? 15_000,
  });
}

/**
 * Serialises transactions that share `scope` (e.g. one booking date) with a transaction-level
 * advisory lock; released automatically at commit or rollback. Works on PostgreSQL and PGlite.
 */
export async function lockScope(tx: TransactionClient, scope: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${scope}, 0))`;
}
