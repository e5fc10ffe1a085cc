import { createSession, verifyAgainstDecoy, verifyPassword, type SessionMetadata } from "@slotted/auth";
import { withTransaction, type PrismaClient } from "@slotted/db";
import type { LoginInput } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { unauthorized } from "../../errors/index.ts";
import type { SignedIn } from "./register-account.ts";

/** One answer for every failure, so a caller cannot learn which emails have accounts. */
const invalidCredentials = () => unauthorized("The email or password is incorrect");

/**
 * Checks the password and opens a session. An unknown email still pays for a full argon2
 * verification (against a decoy), and an inactive account is checked like any other, so
 * status, message and timing match for every failure.
 */
export async function signInWithPassword(prisma: PrismaClient, input: LoginInput, metadata: SessionMetadata, requestId: string): Promise<SignedIn> {
  const account = await prisma.user.findUnique({
    where: { email: input.email },
    select: { ...publicUserSelect, passwordHash: true },
  });
  const passwordMatches = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password);
  // Audited either way, with the address it came from: never the password, nor an unknown email.
  const attempt = { targetType: "user", targetId: account?.id ?? null, requestId, actorId: account?.id ?? null };
  if (!account || !passwordMatches || !account.isActive) {
    await recordAudit(prisma, { ...attempt, action: "auth.login_failed", changes: { ip: metadata.ipAddress ?? null } });
    throw invalidCredentials();
  }
  const { passwordHash: _hash, ...previous } = account;
  return withTransaction(prisma, async (tx) => {
    const { token, session } = await createSession(tx, previous.id, metadata);
    // Stamped with the session, so "last sign-in" never names a sign-in that did not commit.
    const user = await tx.user.update({ where: { id: previous.id }, data: { lastLoginAt: session.createdAt }, select: publicUserSelect });
    await recordAudit(tx, { ...attempt, action: "auth.login_succeeded", changes: { ip: metadata.ipAddress ?? null } });
    return { user, token, expiresAt: session.expiresAt };
  });
}
