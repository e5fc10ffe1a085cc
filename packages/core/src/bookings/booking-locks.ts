import { lockScope, type TransactionClient } from "@slotted/db";

/**
 * Serialises every writer that can add covers to the given dates (creates, party-size increases,
 * reschedules). Dates are locked in sorted order, so two reschedules crossing the same pair of
 * dates in opposite directions wait for each other instead of deadlocking.
 */
export async function lockBookingDates(tx: TransactionClient, dates: readonly string[]): Promise<void> {
  for (const date of [...new Set(dates)].sort()) await lockScope(tx, `booking-date:${date}`);
}
