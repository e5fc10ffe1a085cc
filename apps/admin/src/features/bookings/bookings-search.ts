import { datePattern, readChoice, readPattern } from "@slotted/app-shell";
import type { RouterInputs } from "@slotted/client";
import type { BookingStatusValue } from "@slotted/validators";
import type { SearchSchemaInput } from "@tanstack/react-router";
import { readListSearch, readSearchText } from "../../lib/list-search.ts";

export type AdminListInput = RouterInputs["bookings"]["adminList"];
export type BookingSortKey = NonNullable<AdminListInput["sort"]>;

// The API's statuses and sort keys, listed here so the route's search check (in the entry chunk)
// stays free of zod; the type checks below fail if the API gains one these lists lack.
export const statusFilterValues = ["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"] as const satisfies readonly BookingStatusValue[];
export const bookingSortKeys = ["date", "createdAt", "reference", "partySize"] as const satisfies readonly BookingSortKey[];
type Exhaustive<Missing extends never> = Missing;
type _EveryStatusListed = Exhaustive<Exclude<BookingStatusValue, (typeof statusFilterValues)[number]>>;
type _EverySortListed = Exhaustive<Exclude<BookingSortKey, (typeof bookingSortKeys)[number]>>;

export const bookingViews = ["day", "list"] as const;
export type BookingView = (typeof bookingViews)[number];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const readUuid = (value: unknown) => (typeof value === "string" && uuidPattern.test(value) ? value.toLowerCase() : undefined);

/**
 * `/bookings?view=list&q=ada&status=PENDING&from=…&to=…&customer=<id>&sort=date&order=desc&page=2&booking=<id>`.
 * Absent keys mean the defaults (the day sheet of today; the server's own list defaults), so the
 * URL holds only what someone chose. `booking` opens the drawer on either view: other pages link
 * to `/bookings?booking=<id>`.
 */
export interface BookingsSearch {
  view?: BookingView | undefined;
  /** The day sheet's date; today at the venue when absent. */
  date?: string | undefined;
  q?: string | undefined;
  status?: BookingStatusValue | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** One customer account's bookings (`customerId`). */
  customer?: string | undefined;
  sort?: BookingSortKey | undefined;
  order?: "asc" | "desc" | undefined;
  page?: number | undefined;
  booking?: string | undefined;
}

/**
 * Reads the page's search from whatever the URL held: bad or stale values are dropped rather than
 * breaking the page, and a `to` before `from` is dropped too (the server would refuse the range).
 * Every key is returned, even when undefined: the router passes unvalidated values through.
 */
export function validateBookingsSearch(input: Partial<BookingsSearch> & SearchSchemaInput): BookingsSearch {
  const from = readPattern(input.from, datePattern);
  const to = readPattern(input.to, datePattern);
  return {
    view: readChoice(input.view, bookingViews),
    date: readPattern(input.date, datePattern),
    q: readSearchText(input.q),
    status: readChoice(input.status, statusFilterValues),
    from,
    to: from !== undefined && to !== undefined && to < from ? undefined : to,
    customer: readUuid(input.customer),
    ...readListSearch({ page: input.page, sort: input.sort, order: input.order }, bookingSortKeys),
    booking: readUuid(input.booking),
  };
}

/**
 * The `bookings.adminList` input for the list's URL: exactly what the URL says, nothing added
 * (absent keys take the server's defaults: page 1 of 20, by date, ascending).
 */
export function adminListInput(search: BookingsSearch): AdminListInput {
  return {
    ...(search.page !== undefined ? { page: search.page } : {}),
    ...(search.q !== undefined ? { search: search.q } : {}),
    ...(search.status !== undefined ? { status: [search.status] } : {}),
    ...(search.from !== undefined ? { from: search.from } : {}),
    ...(search.to !== undefined ? { to: search.to } : {}),
    ...(search.customer !== undefined ? { customerId: search.customer } : {}),
    ...(search.sort !== undefined ? { sort: search.sort } : {}),
    ...(search.order !== undefined ? { order: search.order } : {}),
  };
}

/** The list's sort when the URL names none: the server's default. */
export const defaultListSort = { key: "date", order: "asc" } as const satisfies { key: BookingSortKey; order: "asc" | "desc" };
