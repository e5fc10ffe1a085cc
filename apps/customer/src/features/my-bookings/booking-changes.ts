import { formatGuests, formatLongDate } from "@slotted/app-shell";
import { statusLabel } from "../booking";
import type { CustomerBooking } from "./change-lock.ts";

/**
 * What differs between the booking a customer was looking at and the one the server holds now,
 * in sentences, for the notice after a 409 on a stale version.
 */
export function describeChanges(before: CustomerBooking, after: CustomerBooking): string[] {
  const changes: string[] = [];
  if (before.status !== after.status) {
    changes.push(`Status changed from ${statusLabel(before.status)} to ${statusLabel(after.status)}.`);
  }
  if (before.date !== after.date) {
    changes.push(`Date changed from ${formatLongDate(before.date)} to ${formatLongDate(after.date)}.`);
  }
  if (before.time !== after.time || before.endTime !== after.endTime) {
    changes.push(`Time changed from ${before.time}–${before.endTime} to ${after.time}–${after.endTime}.`);
  }
  if (before.partySize !== after.partySize) {
    changes.push(`Party changed from ${formatGuests(before.partySize)} to ${formatGuests(after.partySize)}.`);
  }
  if (
    before.contactName !== after.contactName ||
    before.contactEmail !== after.contactEmail ||
    before.contactPhone !== after.contactPhone
  ) {
    changes.push("Contact details were updated.");
  }
  if (before.specialRequests !== after.specialRequests) changes.push("Special requests were updated.");
  if (changes.length === 0) changes.push("It was updated by the venue, though nothing you can see here changed.");
  return changes;
}
