import type { PrismaClient, Role } from "@slotted/db";
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from "./session-token.ts";

const day = 24 * 60 * 60 * 1000;
/** Sessions last 30 days and slide: one used with under 15 days left is extended to 30 again. */
export const sessionLifetimeMs = 30 * day;
export const sessionRenewWithinMs = 15 * day;
/** `lastUsedAt` is written at most this often, so busy clients do not turn reads into writes. */
export const sessionTouchIntervalMs = 60 * 1000;

/** The slice of Prisma the session functions need; a transaction client works too. */
export type SessionDatabase = Pick<PrismaClient, "session" | "$queryRaw">;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  emailVerifiedAt: Date | null;
  lastLoginAt: Date | null;
  deletedAt: Date | null;
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

const sessionFields = { id: true, userId: true, expiresAt: true, createdAt: true, lastUsedAt: true, userAgent: true } as const;

export async function createSession(
  db: SessionDatabase,
  userId: string,
  metadata: SessionMetadata = {},
  now: Date = new Date(),
): Promise<{ token: string; session: ValidSession }> {
  const token = generateSessionToken();
  const session = await db.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      expiresAt: new Date(now.getTime() + sessionLifetimeMs),
      createdAt: now,
      lastUsedAt: now,
      userAgent: metadata.userAgent?.slice(0, 512) ?? null,
      ipAddress: metadata.ipAddress?.slice(0, 64) ?? null,
    },
    select: sessionFields,
  });
  return { token, session };
}

/**
 * The session and user for a client's token, or null when it is malformed, unknown, expired,
 * or belongs to a deactivated user. Extends the expiry when under half the lifetime is left.
 */
export async function validateSessionToken(
  db: SessionDatabase,
  token: string,
  now: Date = new Date(),
): Promise<{ session: ValidSession; user: SessionUser } | null> {
  if (!isWellFormedToken(token)) return null;
  const id = sessionIdFromToken(token);
  const row = await findSessionWithUser(db, id);
  if (!row) return null;
  const { user, session } = row;
  if (now.getTime() >= session.expiresAt.getTime() || !user.isActive) {
    // deleteMany: a concurrent logout must not turn this into an error.
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  const renew = session.expiresAt.getTime() - now.getTime() < sessionRenewWithinMs;
  const touch = now.getTime() - session.lastUsedAt.getTime() >= sessionTouchIntervalMs;
  if (renew || touch) {
    const expiresAt = renew ? new Date(now.getTime() + sessionLifetimeMs) : session.expiresAt;
    await db.session.updateMany({ where: { id }, data: { expiresAt, lastUsedAt: now } });
    session.expiresAt = expiresAt;
    session.lastUsedAt = now;
  }
  return { session, user };
}

interface SessionUserRow extends ValidSession {
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  emailVerifiedAt: Date | null;
  lastLoginAt: Date | null;
  deletedAt: Date | null;
  userCreatedAt: Date;
}

/**
 * The session and its user in one statement: every signed-in request starts here, and Prisma
 * answers a nested `select` with a second query (no relation joins in this schema's client).
 */
async function findSessionWithUser(db: SessionDatabase, id: string): Promise<{ session: ValidSession; user: SessionUser } | null> {
  const rows = await db.$queryRaw<SessionUserRow[]>`
    SELECT s."id", s."user_id"::text AS "userId", s."expires_at" AS "expiresAt", s."created_at" AS "createdAt",
           s."last_used_at" AS "lastUsedAt", s."user_agent" AS "userAgent",
           u."email", u."name", u."role"::text AS "role", u."is_active" AS "isActive",
           u."email_verified_at" AS "emailVerifiedAt", u."last_login_at" AS "lastLoginAt",
           u."deleted_at" AS "deletedAt", u."created_at" AS "userCreatedAt"
    FROM "sessions" s
    JOIN "users" u ON u."id" = s."user_id"
    WHERE s."id" = ${id}`;
  const row = rows[0];
  if (!row) return null;
  return {
    session: {
      id: row.id,
      userId: row.userId,
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt,
      userAgent: row.userAgent,
    },
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      isActive: row.isActive,
      emailVerifiedAt: row.emailVerifiedAt,
      lastLoginAt: row.lastLoginAt,
      deletedAt: row.deletedAt,
      createdAt: row.userCreatedAt,
    },
  };
}

/** The user's unexpired sessions, most recently used first. */
export function listUserSessions(db: SessionDatabase, userId: string, now: Date = new Date()): Promise<ValidSession[]> {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: [{ lastUsedAt: "desc" }, { id: "asc" }],
    select: sessionFields,
  });
}

export async function invalidateSession(db: SessionDatabase, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Ends one of the user's own sessions; false when no such session belongs to them. */
export async function invalidateUserSession(db: SessionDatabase, userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count > 0;
}

/** Signs a user out everywhere, optionally keeping the session making the request. */
export async function invalidateUserSessions(db: SessionDatabase, userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

/** Housekeeping: removes sessions past their expiry. */
export async function deleteExpiredSessions(db: SessionDatabase, now: Date = new Date()): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
