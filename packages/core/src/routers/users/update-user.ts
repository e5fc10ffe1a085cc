import { invalidateUserSessions } from "@slotted/auth";
import { lockScope, withTransaction, type PrismaClient, type TransactionClient } from "@slotted/db";
import type { PublicUser, UpdateUserInput } from "@slotted/validators";
import { publicUserSelect } from "../../accounts/public-user.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { conflict, forbidden, notFound } from "../../errors/index.ts";

export interface AdminAction {
  actorId: string;
  requestId: string;
}

/** Serialises role and activation changes, so two admins cannot each remove the other as the last admin. */
const adminRosterScope = "users:admin-roster";

async function assertAnotherActiveAdmin(tx: TransactionClient): Promise<void> {
  const activeAdmins = await tx.user.count({ where: { role: "ADMIN", isActive: true } });
  if (activeAdmins <= 1) throw conflict("The last active admin cannot be demoted or deactivated");
}

/**
 * ADMIN edits an account: name, role, activation. Rules: nobody demotes or deactivates
 * themselves, the last active ADMIN stays, and deactivation ends every session of the user.
 * The change, the session revocation and the audit entries commit together.
 */
export function updateUser(prisma: PrismaClient, action: AdminAction, input: UpdateUserInput): Promise<PublicUser> {
  const { id } = input;
  const touchesAccess = input.role !== undefined || input.isActive !== undefined;
  if (id === action.actorId && ((input.role !== undefined && input.role !== "ADMIN") || input.isActive === false)) {
    throw forbidden("You cannot demote or deactivate your own account");
  }
  return withTransaction(prisma, async (tx) => {
    if (touchesAccess) await lockScope(tx, adminRosterScope);
    const before = await tx.user.findUnique({ where: { id }, select: publicUserSelect });
    if (!before) throw notFound("User");
    // The row stays only so past bookings keep their customer; reactivating it would revive an erased account.
    if (before.deletedAt) throw conflict("This account was deleted by its owner and can't be changed; they can register again with a new account");

    const roleChanges = input.role !== undefined && input.role !== before.role;
    const activationChanges = input.isActive !== undefined && input.isActive !== before.isActive;
    const nameChanges = input.name !== undefined && input.name !== before.name;
    const removesAdmin = before.role === "ADMIN" && before.isActive && ((roleChanges && input.role !== "ADMIN") || input.isActive === false);
    if (removesAdmin) await assertAnotherActiveAdmin(tx);
    if (!roleChanges && !activationChanges && !nameChanges) return before;

    const after = await tx.user.update({
      where: { id },
      data: {
        ...(nameChanges ? { name: input.name } : {}),
        ...(roleChanges ? { role: input.role } : {}),
        ...(activationChanges ? { isActive: input.isActive } : {}),
      },
      select: publicUserSelect,
    });
    const audit = { actorId: action.actorId, targetType: "user", targetId: id, requestId: action.requestId };
    if (roleChanges) {
      await recordAudit(tx, { ...audit, action: "user.role_changed", changes: { role: { from: before.role, to: after.role } } });
    }
    if (activationChanges) {
      await recordAudit(tx, {
        ...audit,
        action: after.isActive ? "user.reactivated" : "user.deactivated",
        changes: { isActive: { from: before.isActive, to: after.isActive } },
      });
      if (!after.isActive) {
        const revokedSessions = await invalidateUserSessions(tx, id);
        await recordAudit(tx, { ...audit, action: "user.sessions_revoked", changes: { revokedSessions, reason: "deactivated" } });
      }
    }
    if (nameChanges) {
      await recordAudit(tx, { ...audit, action: "user.renamed", changes: { name: { from: before.name, to: after.name } } });
    }
    return after;
  });
}
