import type { BookingStatus } from "@slotted/db";
import { allowedNextStatuses } from "@slotted/validators";
import { conflict } from "../errors/index.ts";

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return allowedNextStatuses(from).includes(to);
}

/** 409 naming the statuses that are allowed from `from`, when `to` is not one of them. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (canTransition(from, to)) return;
  const allowed = allowedNextStatuses(from);
  const options = allowed.length > 0 ? `allowed: ${allowed.join(", ")}` : "it is final";
  throw conflict(`A ${from} booking cannot become ${to} (${options})`, { currentStatus: from, allowed: [...allowed] });
}
