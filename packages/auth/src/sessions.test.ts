import type { PrismaClient } from "@slotted/db";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdFromToken } from "./session-token.ts";
import {
  createSession,
  deleteExpiredSessions,
  invalidateSession,
  invalidateUserSession,
  invalidateUserSessions,
  listUserSessions,
  sessionLifetimeMs,
  validateSessionToken,
} from "./sessions.ts";

const day = 24 * 60 * 60 * 1000;
const start = new Date("2026-01-10T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * day);

let testDb: TestDatabase;
let prisma: PrismaClient;
let counter = 0;

async function newUser(isActive = true) {
  counter += 1;
  return prisma.user.create({
    data: { email: `session-${counter}@example.test`, name: `Session ${counter}`, passwordHash: "x", isActive },
  });
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  prisma = testDb.database.prisma;
});
afterAll(() => testDb.dispose());

describe("createSession", () => {
  it("stores only the SHA-256 of the token, with a 30-day expiry", async () => {
    const user = await newUser();
    const { token, session } = await createSession(prisma, user.id, { userAgent: "test-agent", ipAddress: "10.0.0.1" }, start);
    expect(session.id).toBe(sessionIdFromToken(token));
    expect(session.expiresAt).toEqual(new Date(start.getTime() + sessionLifetimeMs));
    const stored = await prisma.session.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]).toMatchObject({ userAgent: "test-agent", ipAddress: "10.0.0.1" });
  });
});

describe("validateSessionToken", () => {
  it("returns the session and user, without extending a young session", async () => {
    const user = await newUser();
    const { token, session } = await createSession(prisma, user.id, {}, start);
    const result = await validateSessionToken(prisma, token, at(1));
    // Exactly these fields, with real Dates: the row comes from one hand-written join.
    expect(result?.user).toStrictEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "CUSTOMER",
      isActive: true,
      emailVerifiedAt: null,
      lastLoginAt: null,
      deletedAt: null,
      createdAt: user.createdAt,
    });
    expect(result?.session).toStrictEqual({
      id: session.id,
      userId: user.id,
      expiresAt: session.expiresAt,
      createdAt: session.createdAt,
      lastUsedAt: at(1),
      userAgent: null,
    });
  });

  it("slides the expiry to 30 days from now once under 15 days are left", async () => {
    const user = await newUser();
    const { token } = await createSession(prisma, user.id, {}, start);
    const validated = await validateSessionToken(prisma, token, at(16));
    expect(validated?.session.expiresAt).toEqual(at(46));
    const stored = await prisma.session.findUniqueOrThrow({ where: { id: sessionIdFromToken(token) } });
    expect(stored.expiresAt).toEqual(at(46));
    // Still valid well past the original 30 days, because it was renewed.
    expect(await validateSessionToken(prisma, token, at(40))).not.toBeNull();
  });

  it("rejects and deletes an expired session", async () => {
    const user = await newUser();
    const { token } = await createSession(prisma, user.id, {}, start);
    expect(await validateSessionToken(prisma, token, at(30))).toBeNull();
    expect(await prisma.session.count({ where: { id: sessionIdFromToken(token) } })).toBe(0);
  });

  it("rejects a revoked session, a deactivated user's session, unknown and malformed tokens", async () => {
    const user = await newUser();
    const revoked = await createSession(prisma, user.id, {}, start);
    await invalidateSession(prisma, revoked.session.id);
    expect(await validateSessionToken(prisma, revoked.token, at(1))).toBeNull();

    const inactive = await newUser(false);
    const inactiveSession = await createSession(prisma, inactive.id, {}, start);
    expect(await validateSessionToken(prisma, inactiveSession.token, at(1))).toBeNull();

    expect(await validateSessionToken(prisma, "a".repeat(32), at(1))).toBeNull();
    expect(await validateSessionToken(prisma, "' OR 1=1 --", at(1))).toBeNull();
  });
});

describe("listing and ending sessions", () => {
  it("lists only unexpired sessions, most recently used first", async () => {
    const user = await newUser();
    const older = await createSession(prisma, user.id, { userAgent: "older" }, at(-29));
    const newer = await createSession(prisma, user.id, { userAgent: "newer" }, at(-1));
    await createSession(prisma, user.id, { userAgent: "expired" }, at(-31));
    const listed = await listUserSessions(prisma, user.id, start);
    expect(listed.map((s) => s.id)).toEqual([newer.session.id, older.session.id]);
  });

  it("ends one of the user's own sessions only", async () => {
    const owner = await newUser();
    const other = await newUser();
    const { session } = await createSession(prisma, owner.id, {}, start);
    expect(await invalidateUserSession(prisma, other.id, session.id)).toBe(false);
    expect(await invalidateUserSession(prisma, owner.id, session.id)).toBe(true);
    expect(await prisma.session.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("signs a user out everywhere, optionally keeping one session", async () => {
    const user = await newUser();
    const keep = await createSession(prisma, user.id, {}, start);
    await createSession(prisma, user.id, {}, start);
    await createSession(prisma, user.id, {}, start);
    expect(await invalidateUserSessions(prisma, user.id, keep.session.id)).toBe(2);
    expect((await prisma.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([keep.session.id]);
    expect(await invalidateUserSessions(prisma, user.id)).toBe(1);
  });

  it("housekeeping deletes only expired sessions", async () => {
    const user = await newUser();
    const live = await createSession(prisma, user.id, {}, at(100));
    const dead = await createSession(prisma, user.id, {}, at(60));
    expect(await deleteExpiredSessions(prisma, at(95))).toBeGreaterThanOrEqual(1);
    const remaining = await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(remaining.map((s) => s.id)).toEqual([live.session.id]);
    expect(remaining.map((s) => s.id)).not.toContain(dead.session.id);
  });
});
