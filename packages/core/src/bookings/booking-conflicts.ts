import { isUniqueViolation, uniqueViolationTarget } from "@slotted/db";
import { conflict } from "../errors/index.ts";

// PostgreSQL's adapter reports the index name, PGlite's the columns; accept either spelling.
const activeSlotIndex = "bookings_customer_active_slot_key";
const activeSlotColumns = [["customer_id", "start_minute"], ["customerId", "startMinute"]];

/** True when a unique violation is the one-active-booking-per-customer-slot index. */
export function isDuplicateActiveSlot(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false;
  const target = uniqueViolationTarget(error) ?? [];
  return target.includes(activeSlotIndex) || activeSlotColumns.some((columns) => columns.every((c) => target.includes(c)));
}

/** True when a unique violation is a booking reference collision (retry with a new one). */
export function isReferenceCollision(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false;
  const target = uniqueViolationTarget(error) ?? [];
  return target.includes("reference") || target.includes("bookings_reference_key");
}

/** Rethrows the database's verdict on a duplicate as a 409 the customer can act on. */
export function rethrowBookingConflict(error: unknown): never {
  if (isDuplicateActiveSlot(error)) {
    throw conflict("You already have a booking at that date and time; change or cancel it instead", { field: "time" });
  }
  throw error;
}

/** Runs `attempt` again (up to 3 times in all) when a generated reference collides. */
export async function retryOnReferenceCollision<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isReferenceCollision(error) || tries >= 3) rethrowBookingConflict(error);
    }
  }
}
