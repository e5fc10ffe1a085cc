import { Prisma, type PrismaClient } from "@slotted/db";
import type { BookingStatusValue } from "@slotted/validators";
import { dateColumn, dateOfColumn } from "../venue-clock.ts";

type SortOrder = Prisma.SortOrder;

/** A run of dates and how many matching bookings it holds: a whole month or a single day. */
interface CountedSpan {
  kind: "month" | "day";
  /** The month's first day, or the day. */
  start: string;
  bookings: number;
}

export interface CountedFilter {
  statuses: BookingStatusValue[];
  from: string | undefined;
  to: string | undefined;
}

const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
function addMonths(monthStart: string, months: number): string {
  const d = dateColumn(monthStart);
  d.setUTCMonth(d.getUTCMonth() + months);
  return dateOfColumn(d);
}
function addDays(date: string, days: number): string {
  const d = dateColumn(date);
  d.setUTCDate(d.getUTCDate() + days);
  return dateOfColumn(d);
}

/**
 * The range split into whole months (summed from the month counters) and the days at either end
 * that only cover part of a month (summed from the day counters). Unbounded ends are whole months.
 */
function splitRange({ from, to }: CountedFilter) {
  const firstMonth = from === undefined ? undefined : from === monthOf(from) ? from : addMonths(monthOf(from), 1);
  const lastMonth = to === undefined ? undefined : addDays(to, 1) === addMonths(monthOf(to), 1) ? monthOf(to) : addMonths(monthOf(to), -1);
  if (firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth) {
    return { months: null, days: [{ gte: from, lte: to }] };
  }
  const days: { gte: string | undefined; lte: string | undefined }[] = [];
  if (from !== undefined && firstMonth !== undefined && from < firstMonth) days.push({ gte: from, lte: addDays(firstMonth, -1) });
  if (to !== undefined && lastMonth !== undefined && to >= addMonths(lastMonth, 1)) days.push({ gte: addMonths(lastMonth, 1), lte: to });
  return { months: { gte: firstMonth, lte: lastMonth }, days };
}

const bounds = (range: { gte: string | undefined; lte: string | undefined }) => ({
  ...(range.gte === undefined ? {} : { gte: dateColumn(range.gte) }),
  ...(range.lte === undefined ? {} : { lte: dateColumn(range.lte) }),
});

async function daySpans(prisma: PrismaClient, statuses: BookingStatusValue[], ranges: { gte: string | undefined; lte: string | undefined }[], order: SortOrder) {
  if (ranges.length === 0) return [];
  const rows = await prisma.bookingDayCount.groupBy({
    by: ["date"],
    where: { status: { in: statuses }, OR: ranges.map((range) => ({ date: bounds(range) })) },
    _sum: { bookings: true },
    orderBy: { date: order },
  });
  return rows.map((row): CountedSpan => ({ kind: "day", start: dateOfColumn(row.date), bookings: row._sum.bookings ?? 0 }));
}

const dayBounds = (range: { gte: string | undefined; lte: string | undefined }) =>
  Prisma.sql`${range.gte === undefined ? Prisma.sql`TRUE` : Prisma.sql`"date" >= ${range.gte}::date`}
    AND ${range.lte === undefined ? Prisma.sql`TRUE` : Prisma.sql`"date" <= ${range.lte}::date`}`;

/**
 * The exact number of bookings matching a status and date filter, read from the counters the
 * bookings trigger keeps, and the span (a whole month or one day) that row `offset` (0-based, in
 * list order) falls in, with how many matching rows come before that span. One statement, so the
 * total and the position come from one snapshot, and only one row travels back.
 */
export async function countAndLocate(
  prisma: PrismaClient,
  filter: CountedFilter,
  offset: number | null,
  order: SortOrder,
): Promise<{ total: number; located: { kind: "month" | "day"; start: string; before: number } | null }> {
  const range = splitRange(filter);
  const statuses = Prisma.sql`"status"::text = ANY(${filter.statuses}::text[])`;
  const parts: Prisma.Sql[] = [];
  if (range.months) {
    const { gte, lte } = range.months;
    parts.push(Prisma.sql`
      SELECT 'month' AS "kind", "month" AS "start", SUM("bookings")::int AS "n" FROM "booking_month_counts"
      WHERE ${statuses}
        AND ${gte === undefined ? Prisma.sql`TRUE` : Prisma.sql`"month" >= ${gte}::date`}
        AND ${lte === undefined ? Prisma.sql`TRUE` : Prisma.sql`"month" <= ${lte}::date`}
      GROUP BY "month"`);
  }
  if (range.days.length > 0) {
    parts.push(Prisma.sql`
      SELECT 'day' AS "kind", "date" AS "start", SUM("bookings")::int AS "n" FROM "booking_day_counts"
      WHERE ${statuses} AND (${Prisma.join(range.days.map((days) => Prisma.sql`(${dayBounds(days)})`), " OR ")})
      GROUP BY "date"`);
  }
  const direction = order === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await prisma.$queryRaw<{ total: number; kind: "month" | "day" | null; start: string | null; before: number | null }[]>`
    WITH "spans" AS (${Prisma.join(parts, " UNION ALL ")}),
    "placed" AS (
      SELECT "kind", "start", "n", (SUM("n") OVER (ORDER BY "start" ${direction}) - "n")::int AS "before" FROM "spans" WHERE "n" > 0
    )
    SELECT (SELECT COALESCE(SUM("n"), 0)::int FROM "spans") AS "total", "at"."kind", to_char("at"."start", 'YYYY-MM-DD') AS "start", "at"."before"
    FROM (SELECT 1) AS "one"
    LEFT JOIN (SELECT * FROM "placed" WHERE "before" <= ${offset ?? -1}::int AND "before" + "n" > ${offset ?? -1}::int) AS "at" ON TRUE`;
  const row = rows[0];
  const located = row?.kind && row.start !== null && row.before !== null ? { kind: row.kind, start: row.start, before: row.before } : null;
  return { total: row?.total ?? 0, located };
}

/**
 * The day the row at `offset` (0-based, in list order) falls on, and how many matching rows of
 * that day come before it; null past the end. Opens the one month it lands in, day by day.
 */
export async function locateOffset(
  prisma: PrismaClient,
  filter: CountedFilter,
  offset: number,
  order: SortOrder,
): Promise<{ total: number; day: { date: string; before: number } | null }> {
  const { total, located } = await countAndLocate(prisma, filter, offset, order);
  if (!located) return { total, day: null };
  if (located.kind === "day") return { total, day: { date: located.start, before: offset - located.before } };
  const days = await daySpans(prisma, filter.statuses, [{ gte: located.start, lte: addDays(addMonths(located.start, 1), -1) }], order);
  let passed = located.before;
  for (const day of days) {
    if (offset < passed + day.bookings) return { total, day: { date: day.start, before: offset - passed } };
    passed += day.bookings;
  }
  // The month's days summed to less than the month: a write landed between the two reads.
  return { total, day: null };
}
