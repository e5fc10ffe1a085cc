import type { PrismaClient } from "@slotted/db";
import type { BookingStats } from "@slotted/validators";
import { venueNow } from "./venue-clock.ts";

interface BookingStatsRow {
  today: number;
  upcoming: number;
  pending: number;
  confirmed: number;
  seated: number;
  completed: number;
  cancelled: number;
  noShow: number;
  coversToday: number;
}

/**
 * The dashboard's booking numbers. Totals come from the booking counters (per month, and per day
 * for the rest of this month); only today's rows are read, so the cost does not grow with the
 * bookings kept. "Today" and "not started" are judged on the venue's clock (BUSINESS_TIMEZONE),
 * like every booking rule.
 */
export async function computeBookingStats(prisma: PrismaClient, timeZone: string, at: Date = new Date()): Promise<BookingStats> {
  const now = venueNow(timeZone, at);
  const [row] = await prisma.$queryRaw<BookingStatsRow[]>`
    WITH "totals" AS (
      SELECT "status", SUM("bookings")::int AS "n" FROM "booking_month_counts" GROUP BY "status"
    ), "this_month" AS (
      SELECT date_trunc('month', ${now.date}::date)::date AS "first", (date_trunc('month', ${now.date}::date) + interval '1 month')::date AS "next"
    )
    SELECT
      (SELECT COALESCE(SUM("bookings"), 0) FROM "booking_day_counts" WHERE "date" = ${now.date}::date AND "status" <> 'CANCELLED')::int AS "today",
      (
        (SELECT COALESCE(SUM("bookings"), 0) FROM "booking_month_counts", "this_month"
          WHERE "month" >= "this_month"."next" AND "status" IN ('PENDING', 'CONFIRMED'))
        + (SELECT COALESCE(SUM("bookings"), 0) FROM "booking_day_counts", "this_month"
          WHERE "date" > ${now.date}::date AND "date" < "this_month"."next" AND "status" IN ('PENDING', 'CONFIRMED'))
        + (SELECT count(*) FROM "bookings"
          WHERE "date" = ${now.date}::date AND "status" IN ('PENDING', 'CONFIRMED') AND "start_minute" > ${now.minute}::int)
      )::int AS "upcoming",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'PENDING'), 0) AS "pending",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'CONFIRMED'), 0) AS "confirmed",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'SEATED'), 0) AS "seated",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'COMPLETED'), 0) AS "completed",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'CANCELLED'), 0) AS "cancelled",
      COALESCE((SELECT "n" FROM "totals" WHERE "status" = 'NO_SHOW'), 0) AS "noShow",
      (SELECT COALESCE(SUM("party_size"), 0) FROM "bookings"
        WHERE "date" = ${now.date}::date AND "status" NOT IN ('CANCELLED', 'NO_SHOW'))::int AS "coversToday"`;
  const r = row ?? { today: 0, upcoming: 0, pending: 0, confirmed: 0, seated: 0, completed: 0, cancelled: 0, noShow: 0, coversToday: 0 };
  return {
    today: r.today,
    upcoming: r.upcoming,
    byStatus: { PENDING: r.pending, CONFIRMED: r.confirmed, SEATED: r.seated, COMPLETED: r.completed, CANCELLED: r.cancelled, NO_SHOW: r.noShow },
    coversToday: r.coversToday,
  };
}
