import type { RouterOutputs } from "@slotted/client";

export type AuditEntry = RouterOutputs["audit"]["list"]["items"][number];

/**
 * Every action the server records (`recordAudit` in packages/core), in words. An action not
 * listed here (a newer server) still shows, as its name.
 */
export const auditActions = [
  { action: "user.role_changed", label: "Changed a role" },
  { action: "user.deactivated", label: "Deactivated an account" },
  { action: "user.reactivated", label: "Reactivated an account" },
  { action: "user.sessions_revoked", label: "Signed an account out everywhere" },
  { action: "user.renamed", label: "Renamed an account" },
  { action: "users.bulk_created", label: "Added accounts in bulk" },
  { action: "user.bootstrap_admin_created", label: "Created the first admin" },
  { action: "user.password_reset", label: "Reset a password by mail" },
  { action: "auth.login_succeeded", label: "Signed in" },
  { action: "auth.login_failed", label: "Failed to sign in" },
  { action: "booking.status_changed", label: "Changed a booking's status" },
  { action: "booking.cancelled", label: "Cancelled a booking" },
  { action: "booking.rescheduled", label: "Moved a booking" },
  { action: "booking.updated", label: "Edited a booking" },
  { action: "booking.internal_notes_changed", label: "Changed a booking's internal notes" },
] as const;

export const actionLabel = (action: string) => auditActions.find((known) => known.action === action)?.label ?? action;
export const isKnownAction = (action: string) => auditActions.some((known) => known.action === action);

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null && !Array.isArray(value);
const isChange = (value: unknown): value is { from: unknown; to: unknown } => isFields(value) && "from" in value && "to" in value;

/** `contactName` → "contact name". */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const keyLabels: Record<string, string> = {
  ip: "IP address",
  revokedSessions: "Sessions ended",
  isActive: "Status",
  durationMinutes: "Length",
  partySize: "Party size",
};

/** A recorded value in words: roles and statuses as words, booleans as active/deactivated. */
function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (key === "isActive" && typeof value === "boolean") return value ? "active" : "deactivated";
  if (key === "durationMinutes" && typeof value === "number") return `${value} min`;
  if ((key === "role" || key === "status") && typeof value === "string") return words(value.toLowerCase()).replace(/_/g, " ");
  if (typeof value === "string") return key === "name" || key === "reason" || key === "note" ? `“${value}”` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((item) => valueText(key, item)).join(", ");
  return JSON.stringify(value);
}

/**
 * An entry's `changes` as short lines ("Role: staff → admin"). The audit log never holds secrets
 * or contact details, only which fields changed; `reference` names the booking and is shown as
 * the target instead.
 */
export function describeChanges(changes: Fields): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (key === "reference" || key === "userIds") continue;
    const label = keyLabels[key] ?? capitalised(words(key));
    if (isChange(value)) {
      lines.push(`${label}: ${valueText(key, value.from)} → ${valueText(key, value.to)}`);
    } else if (key === "fields" && Array.isArray(value)) {
      lines.push(`Changed ${value.map((field) => words(String(field))).join(", ")}`);
    } else if (key === "internalNotes" && isFields(value)) {
      const length = typeof value.length === "number" ? value.length : 0;
      lines.push(length === 0 ? "Internal notes removed" : `Internal notes ${value.hadNotes === true ? "replaced" : "added"} (${length} characters)`);
    } else if (key === "revokedSessions" && typeof value === "number") {
      lines.push(`Ended ${value} ${value === 1 ? "session" : "sessions"}`);
    } else if (key === "count" && typeof value === "number") {
      lines.push(`${value} ${value === 1 ? "account" : "accounts"} created`);
    } else if (key === "source" && value === "ADMIN_EMAIL") {
      lines.push("From ADMIN_EMAIL at start-up");
    } else {
      lines.push(`${label}: ${valueText(key, value)}`);
    }
  }
  return lines;
}

/** The user IDs a bulk creation made (its `changes.userIds`), for links. */
export function createdUserIds(changes: Fields): string[] {
  const ids = changes.userIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

/** A booking entry's reference (`SLT-…`), recorded with every booking change. */
export function bookingReference(changes: Fields): string | undefined {
  return typeof changes.reference === "string" ? changes.reference : undefined;
}
