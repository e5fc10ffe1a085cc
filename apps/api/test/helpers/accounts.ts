import { randomBytes } from "node:crypto";
import { createSession, hashPassword } from "@slotted/auth";
import type { Role, User } from "@slotted/db";
import type { TestServer } from "./test-server.ts";

export interface TestAccount {
  user: User;
  password: string;
  token: string;
  /** Headers that authenticate as this account (bearer token) with JSON content. */
  headers: Record<string, string>;
}

let cachedHash: { password: string; hash: Promise<string> } | undefined;

/**
 * A user of the given role with a live session, created straight in the database so tests of
 * other features do not depend on the auth procedures (which have their own tests).
 */
export async function createAccount(
  server: TestServer,
  options: { role?: Role; email?: string; name?: string; isActive?: boolean } = {},
): Promise<TestAccount> {
  // Hashing is deliberately slow; every helper-made account shares one password and hash.
  cachedHash ??= { password: "correct-horse-battery-staple", hash: hashPassword("correct-horse-battery-staple") };
  const suffix = randomBytes(4).toString("hex");
  const user = await server.services.db.prisma.user.create({
    data: {
      email: options.email ?? `${(options.role ?? "CUSTOMER").toLowerCase()}-${suffix}@example.test`,
      name: options.name ?? `Test ${options.role ?? "CUSTOMER"} ${suffix}`,
      passwordHash: await cachedHash.hash,
      role: options.role ?? "CUSTOMER",
      isActive: options.isActive ?? true,
    },
  });
  const { token } = await createSession(server.services.db.prisma, user.id, { userAgent: "vitest" });
  return {
    user,
    password: cachedHash.password,
    token,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  };
}
