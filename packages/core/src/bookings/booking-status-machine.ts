import type { BookingStatus } from "@slotted/db";
import { conflict } from "../errors/index.ts";

/** Every status a booking may move to from each status; the last three are final. */
export const bookingTransitions: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  PENDING: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["SEATED", "CANCELLED", "NO_SHOW"],
  SEATED: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return bookingTransitions[from].includes(to);
}

/** 409 naming the statuses that are allowed from `from`, when `to` is not one of them. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (canTransition(from, to)) return;
  const allowed = bookingTransitions[from];
  const options = allowed.length > 0 ? `allowed: ${allowed.join(", ")}` : "it is final";
  throw conflict(`A ${from} booking cannot become ${to} (${options})`, { currentStatus: from, allowed: [...allowed] });
}
