import type { BookingStatusValue } from "./bookings.ts";

/**
 * Every status a booking may move to from each status; COMPLETED, CANCELLED and NO_SHOW are final.
 * The one copy: the server enforces it and the console offers exactly these moves.
 */
export const bookingTransitions: Readonly<Record<BookingStatusValue, readonly BookingStatusValue[]>> = {
  PENDING: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["SEATED", "CANCELLED", "NO_SHOW"],
  SEATED: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

/** The statuses a booking in `status` may move to next (empty for a final status). */
export function allowedNextStatuses(status: BookingStatusValue): readonly BookingStatusValue[] {
  return bookingTransitions[status];
}
