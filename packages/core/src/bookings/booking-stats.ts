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
 * The dashboard's booking numbers from one aggregate scan of `bookings`. "Today" and "not
 * started" are judged on the venue's clock (BUSINESS_TIMEZONE), like every booking rule.
 */
export async function computeBookingStats(prisma: PrismaClient, timeZone: string, at: Date = new Date()): Promise<BookingStats> {
  const now = venueNow(timeZone, at);
  const [row] = await prisma.$queryRaw<BookingStatsRow[]>`
    SELECT
      count(*) FILTER (WHERE "date" = ${now.date}::date AND "status" <> 'CANCELLED')::int AS "today",
      count(*) FILTER (
        WHERE "status" IN ('PENDING', 'CONFIRMED')
          AND ("date" > ${now.date}::date OR ("date" = ${now.date}::date AND "start_minute" > ${now.minute}::int))
      )::int AS "upcoming",
      count(*) FILTER (WHERE "status" = 'PENDING')::int AS "pending",
      count(*) FILTER (WHERE "status" = 'CONFIRMED')::int AS "confirmed",
      count(*) FILTER (WHERE "status" = 'SEATED')::int AS "seated",
      count(*) FILTER (WHERE "status" = 'COMPLETED')::int AS "completed",
      count(*) FILTER (WHERE "status" = 'CANCELLED')::int AS "cancelled",
      count(*) FILTER (WHERE "status" = 'NO_SHOW')::int AS "noShow",
      COALESCE(sum("party_size") FILTER (WHERE "date" = ${now.date}::date AND "status" NOT IN ('CANCELLED', 'NO_SHOW')), 0)::int AS "coversToday"
    FROM "bookings"`;
  const r = row ?? { today: 0, upcoming: 0, pending: 0, confirmed: 0, seated: 0, completed: 0, cancelled: 0, noShow: 0, coversToday: 0 };
  return {
    today: r.today,
    upcoming: r.upcoming,
    byStatus: { PENDING: r.pending, CONFIRMED: r.confirmed, SEATED: r.seated, COMPLETED: r.completed, CANCELLED: r.cancelled, NO_SHOW: r.noShow },
    coversToday: r.coversToday,
  };
}
