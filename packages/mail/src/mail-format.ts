/**
 * Venue-local dates and times as mail words them, the same way the apps do
 * (packages/app-shell/src/venue-time.ts): bookings store the venue's own calendar, so the parts are
 * formatted as UTC and no zone offset can shift the day or the hour.
 */

const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

function partsOf(format: Intl.DateTimeFormat, at: Date): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = format.formatToParts(at);
  return (type) => parts.find((candidate) => candidate.type === type)?.value ?? "";
}

/** "2026-12-04", "19:30" → "Friday 4 December 2026 at 19:30"; malformed parts come back as given, never a throw. */
export function formatVenueMoment(date: string, time: string): string {
  const at = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(at.getTime())) return `${date} at ${time}`;
  const day = partsOf(longDate, at);
  const hour = partsOf(clock, at);
  // Built from the parts so no ICU version can slip a comma in.
  return `${day("weekday")} ${day("day")} ${day("month")} ${day("year")} at ${hour("hour")}:${hour("minute")}`;
}

/** "Friday 4 December 2026 at 19:30 (Europe/London)": the zone is named, as the venue keeps its clock. */
export const formatVenueMomentInZone = (date: string, time: string, timezone: string): string =>
  `${formatVenueMoment(date, time)} (${timezone})`;

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
