import type { AccountTokenPurpose, PrismaClient } from "@slotted/db";
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from "./session-token.ts";

const minute = 60 * 1000;

/** How long a mailed link works: a reset is urgent and sensitive, a verification is not. */
export const accountTokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 30 * minute,
  EMAIL_VERIFICATION: 48 * 60 * minute,
};

/** The slice of Prisma the token functions need; a transaction client works too. */
export type AccountTokenDatabase = Pick<PrismaClient, "accountToken">;

export interface IssuedAccountToken {
  /** Goes into the mailed link; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

/** Mints a single-use token for the user and stores its hash, valid for the purpose's lifetime. */
export async function issueAccountToken(
  db: AccountTokenDatabase,
  userId: string,
  purpose: AccountTokenPurpose,
  now: Date = new Date(),
): Promise<IssuedAccountToken> {
  const token = generateSessionToken();
  const expiresAt = new Date(now.getTime() + accountTokenLifetimeMs[purpose]);
  await db.accountToken.create({ data: { tokenHash: sessionIdFromToken(token), userId, purpose, expiresAt, createdAt: now } });
  return { token, expiresAt };
}

/**
 * Spends a token: marks it used and answers its user's ID, or null when the token is unknown,
 * expired, already used or for another purpose. The conditional update makes two concurrent
 * uses of one link succeed once.
 */
export async function consumeAccountToken(
  db: AccountTokenDatabase,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date = new Date(),
): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = sessionIdFromToken(token);
  const { count } = await db.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  const row = await db.accountToken.findUnique({ where: { tokenHash }, select: { userId: true } });
  return row?.userId ?? null;
}

/** Housekeeping: removes tokens that can no longer be used. */
export async function deleteExpiredAccountTokens(db: AccountTokenDatabase, now: Date = new Date()): Promise<number> {
  const { count } = await db.accountToken.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
