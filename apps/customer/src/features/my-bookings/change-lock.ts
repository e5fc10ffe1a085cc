import type { RouterOutputs } from "@slotted/client";
import { changeDeadline, changesClosed, formatChangeDeadline, formatDuration, minuteOfTime } from "@slotted/validators";
import type { VenueClock } from "@slotted/app-shell";
import { statusLabel } from "../booking";

export type CustomerBooking = RouterOutputs["bookings"]["byId"];

/**
 * Why a customer can no longer move or cancel this booking online, or null when they can. The
 * server's rules: only PENDING or CONFIRMED bookings, not started, and not inside the venue's
 * change cut-off (judged on the venue's clock with the same shared function the server uses).
 */
export function changeLockReason(booking: Pick<CustomerBooking, "status" | "date" | "time">, now: VenueClock, cutoffMinutes: number): string | null {
  if (booking.status !== "PENDING" && booking.status !== "CONFIRMED") {
    return `This booking is ${statusLabel(booking.status).toLowerCase()}, so it can't be moved or cancelled online.`;
  }
  const started = booking.date < now.date || (booking.date === now.date && minuteOfTime(booking.time) <= now.minute);
  if (started) return "This booking has already started, so it can't be moved or cancelled online. Please contact the venue.";
  if (changesClosed(booking, cutoffMinutes, now)) {
    const until = formatChangeDeadline(changeDeadline(booking, cutoffMinutes));
    return `Changes close ${formatDuration(cutoffMinutes)} before the start: you could move or cancel this booking until ${until}. Please contact the venue.`;
  }
  return null;
}
