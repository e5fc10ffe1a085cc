import { hashPassword, invalidateUserSessions, verifyPassword } from "@slotted/auth";
import { withTransaction, type PrismaClient } from "@slotted/db";
import { passwordPolicyProblem, type ChangePasswordInput } from "@slotted/validators";
import { appError, notFound } from "../../errors/index.ts";

const invalidField = (path: string, message: string) =>
  appError("BAD_REQUEST", `${path}: ${message}`, { issues: [{ path, message }] });

/**
 * Replaces the user's password after checking the current one, and signs out every other
 * session in the same transaction (a stolen session must not outlive a password change).
 */
export async function replacePassword(
  prisma: PrismaClient,
  caller: { userId: string; sessionId: string },
  input: ChangePasswordInput,
): Promise<{ revokedSessions: number }> {
  const account = await prisma.user.findUnique({ where: { id: caller.userId }, select: { email: true, passwordHash: true } });
  if (!account) throw notFound("User");
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw invalidField("currentPassword", "is incorrect");
  }
  // The schema checked length and common passwords; only the server knows the email.
  const problem = passwordPolicyProblem(input.newPassword, account.email);
  if (problem) throw invalidField("newPassword", problem);
  const passwordHash = await hashPassword(input.newPassword);
  return withTransaction(prisma, async (tx) => {
    await tx.user.update({ where: { id: caller.userId }, data: { passwordHash }, select: { id: true } });
    return { revokedSessions: await invalidateUserSessions(tx, caller.userId, caller.sessionId) };
  });
}
