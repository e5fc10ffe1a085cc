import type { Prisma, PrismaClient } from "@slotted/db";
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

export interface BookingCounts {
  total: number;
  /** In list order (ascending or descending dates). */
  spans: CountedSpan[];
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

/**
 * Exact counts of the bookings matching a status and date filter, read from the counters the
 * bookings trigger keeps: two small grouped reads, whatever the number of bookings.
 */
export async function readBookingCounts(prisma: PrismaClient, filter: CountedFilter, order: SortOrder): Promise<BookingCounts> {
  const range = splitRange(filter);
  const [monthRows, days] = await Promise.all([
    range.months
      ? prisma.bookingMonthCount.groupBy({
          by: ["month"],
          where: { status: { in: filter.statuses }, month: bounds(range.months) },
          _sum: { bookings: true },
          orderBy: { month: order },
        })
      : Promise.resolve([]),
    daySpans(prisma, filter.statuses, range.days, order),
  ]);
  const months = monthRows.map((row): CountedSpan => ({ kind: "month", start: dateOfColumn(row.month), bookings: row._sum.bookings ?? 0 }));
  const spans = [...months, ...days]
    .filter((span) => span.bookings > 0)
    .sort((a, b) => (order === "asc" ? a.start.localeCompare(b.start) : b.start.localeCompare(a.start)));
  return { total: spans.reduce((sum, span) => sum + span.bookings, 0), spans };
}

/**
 * The day the row at `offset` (0-based, in list order) falls on, and how many matching rows of
 * that day come before it; null past the end. Opens the one month it lands in, day by day.
 */
export async function locateOffset(
  prisma: PrismaClient,
  filter: CountedFilter,
  counts: BookingCounts,
  offset: number,
  order: SortOrder,
): Promise<{ date: string; before: number } | null> {
  let passed = 0;
  for (const span of counts.spans) {
    if (offset >= passed + span.bookings) {
      passed += span.bookings;
      continue;
    }
    if (span.kind === "day") return { date: span.start, before: offset - passed };
    const days = await daySpans(prisma, filter.statuses, [{ gte: span.start, lte: addDays(addMonths(span.start, 1), -1) }], order);
    for (const day of days) {
      if (offset < passed + day.bookings) return { date: day.start, before: offset - passed };
      passed += day.bookings;
    }
    // The month's days summed to less than the month: the two were read at different moments.
    return null;
  }
  return null;
}
