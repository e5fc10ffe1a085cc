import { formatLongDate } from "@slotted/validators";

/** "2026-12-04", "19:30" → "Friday 4 December 2026 at 19:30"; malformed parts come back as given, never a throw. */
export function formatVenueMoment(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time) || Number.isNaN(Date.parse(`${date}T${time}:00Z`))) {
    return `${date} at ${time}`;
  }
  return `${formatLongDate(date)} at ${time}`;
}

/** "Friday 4 December 2026 at 19:30 (Europe/London)": the zone is named, as the venue keeps its clock. */
export const formatVenueMomentInZone = (date: string, time: string, timezone: string): string =>
  `${formatVenueMoment(date, time)} (${timezone})`;

export { formatDuration, formatGuests } from "@slotted/validators";
