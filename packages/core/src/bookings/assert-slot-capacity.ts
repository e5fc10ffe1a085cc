import type { TransactionClient } from "@slotted/db";
import type { TRPCError } from "@trpc/server";
import { conflict } from "../errors/index.ts";

export interface SlotClaim {
  date: string;
  startMinute: number;
  durationMinutes: number;
  partySize: number;
  /** Total party size allowed to overlap any moment (BOOKING_SLOT_CAPACITY). */
  capacity: number;
  /** The booking being changed, whose current place must not count against itself. */
  excludeBookingId?: string;
}

/**
 * The most covers already booked at any moment of [start, start + duration) on the date. Load
 * only changes where a booking starts, so the peak is at the new start or at a later overlapping
 * start: one query over the (date, status) index, exact even for bookings off today's slot grid.
 */
export async function peakCoversOverlapping(tx: TransactionClient, claim: Omit<SlotClaim, "partySize" | "capacity">): Promise<number> {
  const end = claim.startMinute + claim.durationMinutes;
  const rows = await tx.$queryRaw<{ peak: number }[]>`
    WITH "overlapping" AS (
      SELECT "start_minute" AS "starts", "start_minute" + "duration_minutes" AS "ends", "party_size" AS "covers"
      FROM "bookings"
      WHERE "date" = ${claim.date}::date
        AND "status" IN ('PENDING', 'CONFIRMED', 'SEATED')
        AND "start_minute" < ${end}::int
        AND "start_minute" + "duration_minutes" > ${claim.startMinute}::int
        AND "id" IS DISTINCT FROM ${claim.excludeBookingId ?? null}::uuid
    )
    SELECT COALESCE(MAX("load"), 0)::int AS "peak"
    FROM (
      SELECT (SELECT SUM(o."covers") FROM "overlapping" o WHERE o."starts" <= p."minute" AND o."ends" > p."minute") AS "load"
      FROM (SELECT ${claim.startMinute}::int AS "minute" UNION SELECT "starts" FROM "overlapping" WHERE "starts" > ${claim.startMinute}::int) AS p
    ) AS "loads"`;
  return rows[0]?.peak ?? 0;
}

/**
 * The 409 (with `remaining`) for a claim that would take a moment of its time over capacity when
 * `peak` covers are already booked there, or null when it fits. One wording for the early refusal
 * and the authoritative check, so the caller cannot tell which of them answered.
 */
export function slotCapacityRefusal(claim: Pick<SlotClaim, "partySize" | "capacity">, peak: number): TRPCError | null {
  const remaining = Math.max(0, claim.capacity - peak);
  if (claim.partySize <= remaining) return null;
  const message =
    remaining === 0
      ? "That time is fully booked; choose another time"
      : `Only ${remaining} ${remaining === 1 ? "place is" : "places are"} left at that time, not enough for ${claim.partySize}`;
  return conflict(message, { remaining });
}

/**
 * Refuses (409 with `remaining`) a claim that would take any moment of its time over capacity.
 * Call it inside the transaction that holds the date's lock and then writes the booking.
 */
export async function assertSlotCapacity(tx: TransactionClient, claim: SlotClaim): Promise<void> {
  const refusal = slotCapacityRefusal(claim, await peakCoversOverlapping(tx, claim));
  if (refusal) throw refusal;
}
