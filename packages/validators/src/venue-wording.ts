/**
 * Venue-local dates, lengths and party sizes in words, the same in both apps and in mail. Booking
 * dates carry no zone: they are formatted as UTC midnight, so no offset can shift the day.
 */

const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDate = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Sunday 14 June 2026" from the parts, so no ICU version can slip a comma in. */
function calendarDate(format: Intl.DateTimeFormat, date: string, withYear: boolean): string {
  const parts = format.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const dayMonth = `${part("weekday")} ${part("day")} ${part("month")}`;
  return withYear ? `${dayMonth} ${part("year")}` : dayMonth;
}

/** "2026-06-14" → "Sunday 14 June 2026". */
export const formatLongDate = (date: string): string => calendarDate(longDate, date, true);

/** "2026-06-14" → "Sun 14 Jun 2026", or "Sun 14 Jun" with `{ withYear: false }` where the year goes without saying. */
export const formatShortDate = (date: string, { withYear = true }: { withYear?: boolean } = {}): string =>
  calendarDate(shortDate, date, withYear);

/** 90 → "1 h 30 min", 120 → "2 hours", 30 → "30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return hours === 1 ? "1 hour" : `${hours} hours`;
  return `${hours} h ${rest} min`;
}

/** "1 guest" / "4 guests". */
export const formatGuests = (count: number): string => (count === 1 ? "1 guest" : `${count} guests`);
