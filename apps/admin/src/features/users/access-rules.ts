import type { RoleName } from "./users-search.ts";

interface Account {
  id: string;
  name: string;
  role: RoleName;
  isActive: boolean;
  deletedAt: Date | null;
}

export interface AccessRules {
  /** Whether a role change may be offered at all. */
  canChangeRole: boolean;
  /** Deactivation for an active account, reactivation for an inactive one. */
  canChangeActivation: boolean;
  /** True while the active-admin count is still loading: nothing is offered yet, nothing refused. */
  pending: boolean;
  /** Why something is not offered, in words, shown before anyone clicks. */
  reasons: string[];
}

/**
 * The server's rules for `users.update` (packages/core/src/routers/users/update-user.ts), mirrored
 * so the console explains them instead of offering a click that fails: nobody demotes or
 * deactivates themselves, the last active ADMIN stays an active ADMIN, and a deleted account stays as it is. The server still
 * decides (a concurrent change can make the count stale), and its 403/409 is shown as it comes.
 */
export function accessRules(viewer: { id: string }, target: Account, activeAdmins: number | undefined): AccessRules {
  const self = viewer.id === target.id;
  const removesAnAdmin = target.role === "ADMIN" && target.isActive;
  const reasons: string[] = [];
  if (target.deletedAt) {
    reasons.push("Its owner deleted this account: it is kept, without their personal data, only so past bookings keep their customer. It can't be changed or reactivated.");
  }
  if (self) {
    reasons.push("You can't change your own role or deactivate your own account: another admin has to do it, so the console never loses its last admin by accident.");
  }
  if (removesAnAdmin && activeAdmins !== undefined && activeAdmins <= 1) {
    reasons.push(
      `${self ? "You are" : `${target.name} is`} the only active admin. Make another account an admin first; then this one can be demoted or deactivated.`,
    );
  }
  const pending = removesAnAdmin && !self && activeAdmins === undefined;
  const allowed = !self && !pending && reasons.length === 0;
  return { canChangeRole: allowed, canChangeActivation: allowed, pending, reasons };
}

const roleWords: Record<RoleName, string> = { CUSTOMER: "Customer", STAFF: "Staff", ADMIN: "Admin" };

export const roleLabel = (role: RoleName) => roleWords[role];

/** What a role change does, said in the confirmation before it happens. */
export function roleChangeConsequence(name: string, to: RoleName): string {
  switch (to) {
    case "ADMIN":
      return `${name} will be able to do everything in the console: change roles, deactivate and add accounts, and read the audit log and system health. It applies from their next request.`;
    case "STAFF":
      return `${name} will be able to run bookings and look up accounts in the console, but not change accounts or see the audit log. It applies from their next request.`;
    case "CUSTOMER":
      return `${name} loses access to the console from their next request. They can still sign in to the Slotted app and manage their own bookings.`;
  }
}
