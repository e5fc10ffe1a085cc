import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeAccountToken, deleteExpiredAccountTokens, issueAccountToken } from "./account-tokens.ts";
import { sessionIdFromToken } from "./session-token.ts";

let testDb: TestDatabase;
let userId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const user = await testDb.database.prisma.user.create({ data: { email: "tokens@example.test", name: "Tokens", passwordHash: "x" } });
  userId = user.id;
});
afterAll(() => testDb.dispose());

describe("account tokens", () => {
  it("stores only the token's hash, and a token works once, for its own purpose", async () => {
    const prisma = testDb.database.prisma;
    const { token, expiresAt } = await issueAccountToken(prisma, userId, "PASSWORD_RESET");
    const stored = await prisma.accountToken.findMany({ where: { userId } });
    expect(stored.map((row) => row.tokenHash)).toContain(sessionIdFromToken(token));
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    expect(await consumeAccountToken(prisma, token, "EMAIL_VERIFICATION")).toBeNull();
    expect(await consumeAccountToken(prisma, token, "PASSWORD_RESET")).toBe(userId);
    expect(await consumeAccountToken(prisma, token, "PASSWORD_RESET")).toBeNull();
  });

  it("refuses an expired or malformed token, and lets only one of two concurrent uses succeed", async () => {
    const prisma = testDb.database.prisma;
    const issuedAt = new Date(Date.now() - 31 * 60_000);
    const expired = await issueAccountToken(prisma, userId, "PASSWORD_RESET", issuedAt);
    expect(await consumeAccountToken(prisma, expired.token, "PASSWORD_RESET")).toBeNull();
    expect(await consumeAccountToken(prisma, "not-a-token", "PASSWORD_RESET")).toBeNull();

    const fresh = await issueAccountToken(prisma, userId, "EMAIL_VERIFICATION");
    const uses = await Promise.all([1, 2, 3].map(() => consumeAccountToken(prisma, fresh.token, "EMAIL_VERIFICATION")));
    expect(uses.filter((used) => used === userId)).toHaveLength(1);

    expect(await deleteExpiredAccountTokens(prisma)).toBeGreaterThanOrEqual(1);
    expect(await prisma.accountToken.count({ where: { tokenHash: sessionIdFromToken(expired.token) } })).toBe(0);
    expect(await prisma.accountToken.count({ where: { tokenHash: sessionIdFromToken(fresh.token) } })).toBe(1);
  });
});
