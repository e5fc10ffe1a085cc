import type { Booking, TransactionClient } from "@slotted/db";
import type { Config } from "@slotted/config";
import { changesClosed, changesClosedMessage, timeOfMinute, type VenueNow } from "@slotted/validators";
import { appError, conflict, notFound } from "../errors/index.ts";
import { dateOfColumn } from "./venue-clock.ts";

/** A customer's own booking; anyone else's is "not found" (404), never "forbidden", so IDs leak nothing. */
export async function findOwnBooking(tx: TransactionClient, id: string, customerId: string): Promise<Booking> {
  const row = await tx.booking.findFirst({ where: { id, customerId } });
  if (!row) throw notFound("Booking");
  return row;
}

export function hasStarted(row: Pick<Booking, "date" | "startMinute">, now: VenueNow): boolean {
  const date = dateOfColumn(row.date);
  return date < now.date || (date === now.date && row.startMinute <= now.minute);
}

/**
 * Customers may change, move or cancel a booking only while it is PENDING or CONFIRMED and has
 * not started; after that it is the venue's to manage (409).
 */
export function assertCustomerMayChange(row: Booking, now: VenueNow, action: "changed" | "rescheduled" | "cancelled"): void {
  if (row.status !== "PENDING" && row.status !== "CONFIRMED") {
    throw conflict(`A ${row.status} booking cannot be ${action}; only PENDING or CONFIRMED ones can`, { currentStatus: row.status });
  }
  if (hasStarted(row, now)) {
    throw conflict(`This booking started at ${timeOfMinute(row.startMinute)} on ${dateOfColumn(row.date)} and can no longer be ${action} online`, {
      currentStatus: row.status,
    });
  }
}

/**
 * Inside the cut-off (BOOKING_CANCEL_CUTOFF_MINUTES before the start, venue time) the venue has
 * planned the service around the booking: customers may no longer cancel or move it online, or
 * change its party size. 403, not 409: nothing clashed, the policy refuses this actor (staff can).
 * The message says until when they could have, and whom to ask now.
 */
export function assertChangesOpen(
  row: Booking,
  now: VenueNow,
  business: Pick<Config["business"], "cancelCutoffMinutes" | "name">,
  action: "cancel" | "reschedule" | "change the party size",
): void {
  const booking = { date: dateOfColumn(row.date), time: timeOfMinute(row.startMinute) };
  if (changesClosed(booking, business.cancelCutoffMinutes, now)) {
    throw appError("FORBIDDEN", changesClosedMessage(booking, business.cancelCutoffMinutes, action, business.name));
  }
}
