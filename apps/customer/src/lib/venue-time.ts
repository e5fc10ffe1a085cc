/**
 * Venue-local dates and times. The API speaks in the venue's calendar (`YYYY-MM-DD`, `HH:MM` in
 * `bookings.venue().timezone`), so the browser does the same, whatever the visitor's own zone.
 */

export interface VenueClock {
  /** Today at the venue, `YYYY-MM-DD`. */
  date: string;
  /** Minutes since the venue's midnight. */
  minute: number;
}

/** The venue's "now", read from the visitor's clock in the venue's timezone. */
export function venueClock(timezone: string, at: Date = new Date()): VenueClock {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: timezone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "00";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    minute: Number(part("hour")) * 60 + Number(part("minute")),
  };
}

// Calendar dates carry no zone: format them as UTC midnight so no offset can shift the day.
const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

function utcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "2026-06-14" → "Sunday 14 June 2026". */
export function formatLongDate(date: string): string {
  return longDate.format(utcMidnight(date));
}

/** "2026-06-14" → "Sun 14 Jun". */
export function formatShortDate(date: string): string {
  return shortDate.format(utcMidnight(date));
}

/** 90 → "1 h 30 min", 120 → "2 hours", 30 → "30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return hours === 1 ? "1 hour" : `${hours} hours`;
  return `${hours} h ${rest} min`;
}

/** A moment (session activity, cancellation) in the visitor's own locale and zone. */
export function formatMoment(at: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** "1 guest" / "4 guests". */
export function formatGuests(count: number): string {
  return count === 1 ? "1 guest" : `${count} guests`;
}
