import { createHash } from "node:crypto";
import type { Prisma } from "@slotted/db";
import { bookingStatuses, type AdminListBookingsInput, type BookingStatusValue } from "@slotted/validators";
import { containsText } from "../../text-search.ts";
import { dateRangeWhere } from "../date-range-where.ts";

/** The part of a staff list request that decides which bookings match, whatever the page. */
export interface StaffListFilter {
  statuses: BookingStatusValue[];
  from: string | undefined;
  to: string | undefined;
  search: string | undefined;
  customerId: string | undefined;
}

export function staffListFilter(input: AdminListBookingsInput): StaffListFilter {
  const statuses = input.status && input.status.length > 0 ? [...new Set(input.status)].sort() : [...bookingStatuses];
  return { statuses, from: input.from, to: input.to, search: input.search, customerId: input.customerId };
}

/** Status and date range alone: the booking counters answer totals for these exactly. */
export function countersServe(filter: StaffListFilter): boolean {
  return filter.search === undefined && filter.customerId === undefined;
}

/**
 * Case-insensitive, literal search (`%` and `_` match themselves) over reference, contact name and
 * email. The (date, status) and (status, date) indexes narrow the rows first; the contains-match
 * then filters that range (a trigram index would need an extension the embedded database lacks).
 */
export function staffListWhere(filter: StaffListFilter): Prisma.BookingWhereInput {
  const { search } = filter;
  return {
    ...(filter.statuses.length < bookingStatuses.length ? { status: { in: filter.statuses } } : {}),
    ...dateRangeWhere(filter.from, filter.to),
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
    ...(search
      ? { OR: [{ reference: containsText(search) }, { contactName: containsText(search) }, { contactEmail: containsText(search) }] }
      : {}),
  };
}

/** A short fingerprint of the filter, carried in cursors so one is never applied to another list. */
export function filterFingerprint(filter: StaffListFilter): string {
  return createHash("sha256").update(JSON.stringify(filter)).digest("base64url").slice(0, 12);
}
