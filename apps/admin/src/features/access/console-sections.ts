import { hasPermission, type Permission } from "@slotted/validators";
import type { LinkProps } from "@tanstack/react-router";
import type { StaffRole } from "./staff-session.ts";

export interface ConsoleSection {
  to: LinkProps["to"] & string;
  label: string;
  /** What the section's calls need; the server refuses them to anyone without it. */
  permission: Permission;
}

/** The console's sections, each with the permission that opens it (the same table the server checks). */
export const consoleSections: readonly ConsoleSection[] = [
  { to: "/", label: "Dashboard", permission: "metrics:read" },
  { to: "/bookings", label: "Bookings", permission: "bookings:read-all" },
  { to: "/tables", label: "Tables", permission: "tables:manage" },
  { to: "/users", label: "Users", permission: "users:read" },
  { to: "/system", label: "System", permission: "system:read" },
  { to: "/audit", label: "Audit log", permission: "audit:read" },
  { to: "/mailbox", label: "Mailbox", permission: "mailbox:read" },
];

export function sectionsFor(role: StaffRole): ConsoleSection[] {
  return consoleSections.filter((section) => hasPermission(role, section.permission));
}

/** The section a path belongs to (its first segment), for pages reached by a shared link. */
export function sectionOfPath(pathname: string): ConsoleSection | undefined {
  const first = `/${pathname.split("/")[1] ?? ""}`;
  return consoleSections.find((section) => section.to === first);
}

/** What each permission lets someone do, in the words the "not for your role" page uses. */
export const permissionPurpose: Readonly<Record<Permission, string>> = {
  "bookings:read-all": "see every booking",
  "bookings:manage": "change bookings",
  "tables:manage": "manage the venue's tables",
  "feedback:read": "read customers' feedback",
  "users:read": "look up accounts",
  "users:write": "change or add accounts",
  "metrics:read": "see the venue's numbers",
  "system:read": "see system health",
  "audit:read": "read the audit log",
  "mailbox:read": "read the development mailbox",
};
