import type { Config } from "@slotted/config";
import type { VenueNow, VenueRules } from "@slotted/validators";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Today's date and the minute of the day at the venue (BUSINESS_TIMEZONE). Booking dates and
 * times are venue wall-clock values, so "in the past" and "already started" are judged here.
 */
export function venueNow(timeZone: string, at: Date = new Date()): VenueNow {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    minute: Number(part("hour")) * 60 + Number(part("minute")),
  };
}

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
