import type { BookingStatusValue } from "@slotted/validators";
import type { SearchSchemaInput } from "@tanstack/react-router";
import { readChoice, readInteger } from "@slotted/app-shell";

export const bookingTabs = ["upcoming", "past"] as const;
export type BookingTab = (typeof bookingTabs)[number];

// The API's statuses, listed here so the route's search check stays out of the validators
// bundle; the type check below fails if the API gains a status this list lacks.
export const statusFilterValues = ["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"] as const satisfies readonly BookingStatusValue[];
type Exhaustive<Missing extends never> = Missing;
type _EveryStatusListed = Exhaustive<Exclude<BookingStatusValue, (typeof statusFilterValues)[number]>>;

export interface BookingsSearch {
  tab: BookingTab;
  status?: BookingStatusValue | undefined;
  page: number;
}

/**
 * `/bookings?tab=past&status=CANCELLED&page=2`. Unknown values fall back to the defaults. Every
 * key is returned, even when undefined: the router passes unvalidated values through.
 */
export function validateBookingsSearch(input: Partial<BookingsSearch> & SearchSchemaInput): BookingsSearch {
  return {
    tab: readChoice(input.tab, bookingTabs) ?? "upcoming",
    status: readChoice(input.status, statusFilterValues),
    page: readInteger(input.page, 1, 100_000) ?? 1,
  };
}
