import type { RouterOutputs } from "@slotted/client";
import { minuteOfTime } from "@slotted/validators";
import type { VenueClock } from "@slotted/app-shell";
import { statusLabel } from "../booking";

export type CustomerBooking = RouterOutputs["bookings"]["byId"];

/**
 * Why a customer can no longer move or cancel this booking online, or null when they can. The
 * server's rule: only PENDING or CONFIRMED bookings that have not started.
 */
export function changeLockReason(booking: Pick<CustomerBooking, "status" | "date" | "time">, now: VenueClock): string | null {
  if (booking.status !== "PENDING" && booking.status !== "CONFIRMED") {
    return `This booking is ${statusLabel(booking.status).toLowerCase()}, so it can't be moved or cancelled online.`;
  }
  const started = booking.date < now.date || (booking.date === now.date && minuteOfTime(booking.time) <= now.minute);
  if (started) return "This booking has already started, so it can't be moved or cancelled online. Please contact the venue.";
  return null;
}
