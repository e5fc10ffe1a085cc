import type { Config } from "@slotted/config";
import type { VenueRules } from "@slotted/validators";

// The venue clock is shared with the browser; the server's modules keep importing it from here.
export { venueNow } from "@slotted/validators";

/** The config-dependent booking rules, in the shape the shared rule functions take. */
export function venueRules(business: Config["business"]): VenueRules {
  return {
    openingMinute: business.openingMinute,
    closingMinute: business.closingMinute,
    slotMinutes: business.slotMinutes,
    maxDaysAhead: business.maxDaysAhead,
  };
}

/** A venue-local `YYYY-MM-DD` as the value Prisma writes to (and reads from) a DATE column. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A DATE column's value back to `YYYY-MM-DD`. */
export function dateOfColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}
