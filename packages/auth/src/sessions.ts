import type { PrismaClient, Role } from "@slotted/db";
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from "./session-token.ts";

const day = 24 * 60 * 60 * 1000;
/** Sessions last 30 days and slide: one used with under 15 days left is extended to 30 again. */
export const sessionLifetimeMs = 30 * day;
export const sessionRenewWithinMs = 15 * day;
/** `lastUsedAt` is written at most this often, so busy clients do not turn reads into writes. */
const touchIntervalMs = 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  createdAt: Date;
}

export interface ValidSession {
  id: string;
  userId: string;
  expiresAt: Date;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
}

export interface SessionMetadata {
  userAgent?: string | undefined;
  ipAddress?: string | undefined;
}

const userFields = { id: true, email: true, name: true, role: true, isActive: true, createdAt: true } as const;

export async function createSession(
  prisma: PrismaClient,
  userId: string,
  metadata: SessionMetadata = {},
  now: Date = new Date(),
): Promise<{ token: string; session: ValidSession }> {
  const token = generateSessionToken();
  const session = await prisma.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      expiresAt: new Date(now.getTime() + sessionLifetimeMs),
      createdAt: now,
      lastUsedAt: now,
      userAgent: metadata.userAgent?.slice(0, 512) ?? null,
      ipAddress: metadata.ipAddress?.slice(0, 64) ?? null,
    },
    select: { id: true, userId: true, expiresAt: true, createdAt: true, lastUsedAt: true, userAgent: true },
  });
  return { token, session };
}

/**
 * The session and user for a client's token, or null when it is malformed, unknown, expired,
 * or belongs to a deactivated user. Extends the expiry when under half the lifetime is left.
 */
export async function validateSessionToken(
  prisma: PrismaClient,
  token: string,
  now: Date = new Date(),
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  if (!isWellFormedToken(token)) return null;
  const id = sessionIdFromToken(token);
  const row = await prisma.session.findUnique({
    where: { id },
    select: { id: true, userId: true, expiresAt: true, createdAt: true, lastUsedAt: true, userAgent: true, user: { select: userFields } },
  });
  if (!row) return null;
  const { user, ...session } = row;
  if (now.getTime() >= session.expiresAt.getTime() || !user.isActive) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  const renew = session.expiresAt.getTime() - now.getTime() < sessionRenewWithinMs;
  const touch = now.getTime() - session.lastUsedAt.getTime() > touchIntervalMs;
  if (renew || touch) {
    const expiresAt = renew ? new Date(now.getTime() + sessionLifetimeMs) : session.expiresAt;
    // deleteMany/updateMany: a concurrent logout must not turn this into an error.
    await prisma.session.updateMany({ where: { id }, data: { expiresAt, lastUsedAt: now } });
    session.expiresAt = expiresAt;
    session.lastUsedAt = now;
  }
  return { session, user };
}

export async function invalidateSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Signs a user out everywhere, optionally keeping the session making the request. */
export async function invalidateUserSessions(prisma: PrismaClient, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

/** Housekeeping: removes sessions past their expiry. */
export async function deleteExpiredSessions(prisma: PrismaClient, now: Date = new Date()): Promise<number> {
  const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
