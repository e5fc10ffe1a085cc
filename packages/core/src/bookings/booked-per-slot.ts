import type { Config } from "@slotted/config";
import type { TransactionClient } from "@slotted/db";

/**
 * Covers of active bookings overlapping each slot start of the day (one query over the
 * (date, status) index). Availability and the staff day sheet both read it.
 */
export function bookedPerSlot(db: TransactionClient, business: Config["business"], date: string): Promise<{ minute: number; booked: number }[]> {
  const { openingMinute, closingMinute, slotMinutes } = business;
  return db.$queryRaw<{ minute: number; booked: number }[]>`
    SELECT "slot"."minute"::int AS "minute", COALESCE(SUM(b."party_size"), 0)::int AS "booked"
    FROM generate_series(${openingMinute}::int, ${closingMinute - slotMinutes}::int, ${slotMinutes}::int) AS "slot"("minute")
    LEFT JOIN "bookings" b
      ON b."date" = ${date}::date
     AND b."status" IN ('PENDING', 'CONFIRMED', 'SEATED')
     AND b."start_minute" <= "slot"."minute"
     AND b."start_minute" + b."duration_minutes" > "slot"."minute"
    GROUP BY "slot"."minute"
    ORDER BY "slot"."minute"`;
}
