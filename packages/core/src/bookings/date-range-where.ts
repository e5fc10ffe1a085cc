import type { Prisma } from "@slotted/db";
import { dateColumn } from "./venue-clock.ts";

/** Bookings from `from` to `to`, both inclusive; either end may be open. */
export function dateRangeWhere(from: string | undefined, to: string | undefined): Prisma.BookingWhereInput {
  if (!from && !to) return {};
  return { date: { ...(from ? { gte: dateColumn(from) } : {}), ...(to ? { lte: dateColumn(to) } : {}) } };
}
