import type { RoleName } from "./users.ts";

/**
 * What a signed-in user may do beyond their own account and bookings. Procedures check these,
 * never roles; the admin console reads the same table to decide which actions to show.
 */
export const permissions = [
  "bookings:read-all",
  "bookings:manage",
  "tables:manage",
  "feedback:read",
  "users:read",
  "users:write",
  "metrics:read",
  "system:read",
  "audit:read",
  "mailbox:read",
] as const;
export type Permission = (typeof permissions)[number];

/** The one table from roles to permissions. A customer acts only on their own data. */
export const rolePermissions: Readonly<Record<RoleName, readonly Permission[]>> = {
  CUSTOMER: [],
  STAFF: ["bookings:read-all", "bookings:manage", "feedback:read", "users:read", "metrics:read"],
  ADMIN: permissions,
};

export function hasPermission(role: RoleName, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** The roles holding a permission, for error messages and docs ("needs STAFF or ADMIN"). */
export function rolesWith(permission: Permission): RoleName[] {
  return (Object.keys(rolePermissions) as RoleName[]).filter((role) => hasPermission(role, permission));
}
