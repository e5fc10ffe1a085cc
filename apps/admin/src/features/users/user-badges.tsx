import { Badge } from "@slotted/ui";
import { roleLabel } from "./access-rules.ts";
import type { RoleName } from "./users-search.ts";

export function RoleBadge({ role }: { role: RoleName }) {
  return <Badge tone={role === "ADMIN" ? "info" : role === "STAFF" ? "success" : "neutral"}>{roleLabel(role)}</Badge>;
}

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  return isActive ? <Badge tone="neutral">Active</Badge> : <Badge tone="danger">Deactivated</Badge>;
}

/** A deleted account is neither active nor merely deactivated: its owner erased it for good. */
export function AccountStatusBadge({ user }: { user: { isActive: boolean; deletedAt: Date | null } }) {
  return user.deletedAt ? <Badge tone="warning">Deleted</Badge> : <ActiveBadge isActive={user.isActive} />;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** A moment in the browser's time zone, with the exact instant in `dateTime` for machines. */
export function Moment({ value, withTime = true }: { value: Date; withTime?: boolean }) {
  return <time dateTime={value.toISOString()}>{(withTime ? dateTime : dateOnly).format(value)}</time>;
}
