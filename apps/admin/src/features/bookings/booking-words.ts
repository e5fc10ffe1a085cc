import { formatDuration, formatGuests, formatShortDate } from "@slotted/app-shell";
import type { RouterOutputs } from "@slotted/client";
import type { BookingStatusValue } from "@slotted/validators";
import { isBookingStatus as isStatus, statusLabel } from "../../lib/booking-status.ts";

export type StaffBooking = RouterOutputs["bookings"]["adminById"];
export type BookingHistoryEntry = RouterOutputs["bookings"]["history"]["items"][number];

export { statusLabel, statusTone } from "../../lib/booking-status.ts";

/** The button that moves a booking to each status ("Confirm", "Mark no-show"…). */
export const statusActionLabel: Record<BookingStatusValue, string> = {
  PENDING: "Mark pending",
  CONFIRMED: "Confirm",
  SEATED: "Mark seated",
  COMPLETED: "Mark completed",
  CANCELLED: "Cancel booking",
  NO_SHOW: "Mark no-show",
};

/** Moves that end a booking for the guest: they ask for confirmation first. */
export const destructiveStatuses: readonly BookingStatusValue[] = ["CANCELLED", "NO_SHOW"];

const historyActions: Record<string, string> = {
  "booking.created": "Booked",
  "booking.updated": "Details changed",
  "booking.rescheduled": "Moved",
  "booking.cancelled": "Cancelled",
  "booking.status_changed": "Status changed",
  "booking.internal_notes_changed": "Internal notes changed",
};

/** `booking.status_changed` → "Status changed"; an action this console does not know yet is still readable. */
export function historyActionLabel(action: string): string {
  const known = historyActions[action];
  if (known) return known;
  const words = action.replace(/^booking\./, "").replace(/[._]/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const fieldLabels: Record<string, string> = {
  status: "Status",
  partySize: "Party",
  date: "Date",
  time: "Time",
  durationMinutes: "Length",
  contactName: "contact name",
  contactEmail: "contact email",
  contactPhone: "contact phone",
  specialRequests: "special requests",
  note: "Note",
  reason: "Reason",
};

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (field === "status" && isStatus(value)) return statusLabel(value);
  if (field === "partySize" && typeof value === "number") return formatGuests(value);
  if (field === "durationMinutes" && typeof value === "number") return formatDuration(value);
  if (field === "date" && typeof value === "string") return formatShortDate(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const isFields = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const fieldLabel = (field: string) => {
  const label = fieldLabels[field] ?? field;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/**
 * An audit entry's `changes` in lines ("Status: Pending → Confirmed", "Changed: contact email").
 * The reference repeats the booking's own, so it is left out; contact details come by name only.
 */
export function describeHistoryChanges(changes: Record<string, unknown>): string[] {
  const lines: string[] = [];
  // Stored as JSON, the keys come back in no useful order: the change itself first, its note last.
  const last = new Set(["note", "reason"]);
  const fields = Object.entries(changes).sort(([a], [b]) => Number(last.has(a)) - Number(last.has(b)));
  for (const [field, change] of fields) {
    if (field === "reference") continue;
    if (field === "fields" && Array.isArray(change)) {
      const names = change.filter((name): name is string => typeof name === "string").map((name) => fieldLabels[name] ?? name);
      if (names.length > 0) lines.push(`Changed: ${names.join(", ")}`);
    } else if (field === "internalNotes" && isFields(change)) {
      const length = typeof change.length === "number" ? change.length : 0;
      lines.push(length === 0 ? "Internal notes cleared" : `Internal notes now ${length} characters`);
    } else if (isFields(change) && "from" in change && "to" in change) {
      lines.push(`${fieldLabel(field)}: ${valueText(field, change.from)} → ${valueText(field, change.to)}`);
    } else {
      lines.push(`${fieldLabel(field)}: ${valueText(field, change)}`);
    }
  }
  return lines;
}

/**
 * What differs between the booking staff were looking at and the one the server holds now, in
 * sentences, for the notice after a 409 on a stale version.
 */
export function describeBookingChanges(before: StaffBooking, after: StaffBooking): string[] {
  const changes: string[] = [];
  if (before.status !== after.status) changes.push(`Status changed from ${statusLabel(before.status)} to ${statusLabel(after.status)}.`);
  if (before.date !== after.date) changes.push(`Date changed from ${formatShortDate(before.date)} to ${formatShortDate(after.date)}.`);
  if (before.time !== after.time || before.endTime !== after.endTime) {
    changes.push(`Time changed from ${before.time}–${before.endTime} to ${after.time}–${after.endTime}.`);
  }
  if (before.partySize !== after.partySize) {
    changes.push(`Party changed from ${formatGuests(before.partySize)} to ${formatGuests(after.partySize)}.`);
  }
  if (before.contactName !== after.contactName || before.contactEmail !== after.contactEmail || before.contactPhone !== after.contactPhone) {
    changes.push("Contact details changed.");
  }
  if (before.specialRequests !== after.specialRequests) changes.push("Special requests changed.");
  if (before.internalNotes !== after.internalNotes) changes.push("Internal notes changed.");
  if (changes.length === 0) changes.push("It was saved again, though nothing shown here changed.");
  return changes;
}
