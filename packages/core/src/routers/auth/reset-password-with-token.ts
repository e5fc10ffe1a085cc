import { consumeAccountToken, hashPassword, invalidateUserSessions } from "@slotted/auth";
import { withTransaction, type PrismaClient } from "@slotted/db";
import { passwordPolicyProblem, type ResetPasswordInput } from "@slotted/validators";
import { recordAudit } from "../../audit/record-audit.ts";
import { appError } from "../../errors/index.ts";

const invalidField = (path: string, message: string) => appError("BAD_REQUEST", `${path}: ${message}`, { issues: [{ path, message }] });

const unusableLink = () => invalidField("token", "this link has expired or was already used; ask for a new one");

/**
 * Spends the reset token and sets the new password; every session of the account ends, so
 * whoever held one before the reset is signed out. All in one transaction: a refused password
 * leaves the token usable.
 */
export async function resetPasswordWithToken(
  prisma: PrismaClient,
  input: ResetPasswordInput,
  audit: { requestId: string; ip: string },
): Promise<{ revokedSessions: number }> {
  const passwordHash = await hashPassword(input.newPassword);
  return withTransaction(prisma, async (tx) => {
    const userId = await consumeAccountToken(tx, input.token, "PASSWORD_RESET");
    if (!userId) throw unusableLink();
    const account = await tx.user.findUnique({ where: { id: userId }, select: { email: true, isActive: true } });
    if (!account?.isActive) throw unusableLink();
    // The schema checked length and common passwords; only the server knows the email.
    const problem = passwordPolicyProblem(input.newPassword, account.email);
    if (problem) throw invalidField("newPassword", problem);
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    const revokedSessions = await invalidateUserSessions(tx, userId);
    await recordAudit(tx, {
      actorId: userId,
      action: "user.password_reset",
      targetType: "user",
      targetId: userId,
      requestId: audit.requestId,
      changes: { ip: audit.ip, revokedSessions },
    });
    return { revokedSessions };
  });
}
