import type { Prisma } from "@slotted/db";
import type { AdminListBookingsInput, CursorPaginated, StaffBooking } from "@slotted/validators";
import type { BookingDeps } from "../booking-deps.ts";
import { toStaffBooking, withCustomer } from "../booking-view.ts";
import { dateColumn } from "../venue-clock.ts";
import { countAndLocate, locateOffset } from "./booking-counts.ts";
import { decodeStaffListCursor, encodeStaffListCursor } from "./staff-list-cursor.ts";
import { countersServe, filterFingerprint, staffListFilter, staffListWhere, type StaffListFilter } from "./staff-list-filter.ts";
import { afterSortKey, orderByFor, sortKeyOf } from "./staff-sort-keys.ts";

/** Free-text search counts at most this many matches; beyond it the total says "at least". */
export const searchCountBound = 10_000;

interface Total {
  total: number;
  totalIsExact: boolean;
}

/** Where the page starts: after a cursor's key, or after `skip` rows of a narrowed range. */
interface PageStart {
  offset: number;
  where: Prisma.BookingWhereInput;
  skip: number;
}

/** From the counters when they serve the filter; else counted, and bounded for free-text search. */
async function totalOf(deps: BookingDeps, filter: StaffListFilter, where: Prisma.BookingWhereInput, order: Prisma.SortOrder): Promise<Total> {
  if (countersServe(filter)) return { total: (await countAndLocate(deps.prisma, filter, null, order)).total, totalIsExact: true };
  if (filter.search === undefined) return { total: await deps.prisma.booking.count({ where }), totalIsExact: true };
  const counted = await deps.prisma.booking.count({ where, take: searchCountBound + 1 });
  return counted > searchCountBound ? { total: searchCountBound, totalIsExact: false } : { total: counted, totalIsExact: true };
}

/**
 * Page `page` in date order without reading the rows before it: the counters say which day the
 * page starts on and how many of that day's rows to skip. A page past the end reads nothing. Null
 * when the counters and the rows disagree for a moment (a write landed between the reads); the
 * caller then skips rows the plain way.
 */
async function dateOrderedStart(
  deps: BookingDeps,
  filter: StaffListFilter,
  input: AdminListBookingsInput,
  offset: number,
): Promise<{ total: Total; start: PageStart | null }> {
  const located = await locateOffset(deps.prisma, filter, offset, input.order);
  const total = { total: located.total, totalIsExact: true };
  if (offset >= located.total) return { total, start: { offset, where: { id: { in: [] } }, skip: 0 } };
  if (!located.day) return { total, start: null };
  const day = dateColumn(located.day.date);
  return { total, start: { offset, where: { date: input.order === "asc" ? { gte: day } : { lte: day } }, skip: located.day.before } };
}

/**
 * Every booking for staff: status, date range, customer and free-text search; sorted by date,
 * creation time, reference or party size. Pages by number or by an opaque cursor (keyset), with an
 * exact total from the booking counters when only status and dates filter, a counted one for a
 * customer's bookings, and a bounded one for search (`totalIsExact: false` beyond the bound).
 */
export async function listStaffBookings(deps: BookingDeps, input: AdminListBookingsInput): Promise<CursorPaginated<StaffBooking>> {
  const filter = staffListFilter(input);
  const where = staffListWhere(filter);
  const fingerprint = filterFingerprint(filter);
  const { perPage } = input;

  let total: Promise<Total>;
  let start: PageStart;
  if (input.cursor !== undefined) {
    const cursor = decodeStaffListCursor(input.cursor, { sort: input.sort, order: input.order, filter: fingerprint });
    total = totalOf(deps, filter, where, input.order);
    start = { offset: cursor.offset, where: afterSortKey(input.sort, input.order, cursor.key), skip: 0 };
  } else {
    const offset = (input.page - 1) * perPage;
    const plain = { offset, where: {}, skip: offset };
    if (input.sort === "date" && countersServe(filter) && offset > 0) {
      const dated = await dateOrderedStart(deps, filter, input, offset);
      total = Promise.resolve(dated.total);
      start = dated.start ?? plain;
    } else {
      total = totalOf(deps, filter, where, input.order);
      start = plain;
    }
  }

  // One row more than the page: whether a next page exists without trusting the count.
  const [counted, rows] = await Promise.all([
    total,
    deps.prisma.booking.findMany({
      where: { AND: [where, start.where] },
      include: withCustomer,
      orderBy: orderByFor(input.sort, input.order),
      skip: start.skip,
      take: perPage + 1,
    }),
  ]);
  const items = rows.slice(0, perPage);
  const last = items.at(-1);
  const hasNext = rows.length > perPage && last !== undefined;
  return {
    items: items.map(toStaffBooking),
    total: counted.total,
    totalIsExact: counted.totalIsExact,
    page: Math.floor(start.offset / perPage) + 1,
    perPage,
    totalPages: Math.ceil(counted.total / perPage),
    hasNext,
    hasPrev: start.offset > 0,
    nextCursor: hasNext
      ? encodeStaffListCursor({ sort: input.sort, order: input.order, filter: fingerprint, key: sortKeyOf(input.sort, last), offset: start.offset + perPage })
      : null,
  };
}
