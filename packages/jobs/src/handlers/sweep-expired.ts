import { deleteExpiredAccountTokens, deleteExpiredSessions } from "@slotted/auth";
import type { PrismaClient } from "@slotted/db";

export interface SweepResult {
  sessions: number;
  idempotencyKeys: number;
  accountTokens: number;
}

/** Housekeeping on the cron: rows past their expiry, which no request would ever read again. */
export async function sweepExpired(prisma: PrismaClient, now: Date = new Date()): Promise<SweepResult> {
  const sessions = await deleteExpiredSessions(prisma, now);
  const { count: idempotencyKeys } = await prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } });
  const accountTokens = await deleteExpiredAccountTokens(prisma, now);
  return { sessions, idempotencyKeys, accountTokens };
}
