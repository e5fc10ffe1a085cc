import type { PrismaClient } from "@slotted/db";
import type { UserStats } from "@slotted/validators";

interface UserStatsRow {
  total: number;
  active: number;
  customers: number;
  staff: number;
  admins: number;
  newToday: number;
  newThisWeek: number;
}

/**
 * Every account number of the dashboard from one aggregate scan of `users`. "Today" and "this
 * week" (from Monday) are calendar periods in the venue's time zone, not rolling windows.
 */
export async function computeUserStats(prisma: PrismaClient, timeZone: string, now: Date = new Date()): Promise<UserStats> {
  const [row] = await prisma.$queryRaw<UserStatsRow[]>`
    SELECT
      count(*)::int AS "total",
      count(*) FILTER (WHERE "is_active")::int AS "active",
      count(*) FILTER (WHERE "role" = 'CUSTOMER')::int AS "customers",
      count(*) FILTER (WHERE "role" = 'STAFF')::int AS "staff",
      count(*) FILTER (WHERE "role" = 'ADMIN')::int AS "admins",
      count(*) FILTER (
        WHERE "created_at" >= date_trunc('day', ${now}::timestamptz AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}
      )::int AS "newToday",
      count(*) FILTER (
        WHERE "created_at" >= date_trunc('week', ${now}::timestamptz AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}
      )::int AS "newThisWeek"
    FROM "users"`;
  const counts = row ?? { total: 0, active: 0, customers: 0, staff: 0, admins: 0, newToday: 0, newThisWeek: 0 };
  return {
    total: counts.total,
    active: counts.active,
    inactive: counts.total - counts.active,
    byRole: { CUSTOMER: counts.customers, STAFF: counts.staff, ADMIN: counts.admins },
    newToday: counts.newToday,
    newThisWeek: counts.newThisWeek,
  };
}
