import { formatDuration } from "./venue-wording.ts";
import { addDays, minuteOfTime, timeOfMinute, type VenueNow } from "./venue.ts";

/** The venue-local moment online changes close: a date and the minute of that day. */
export interface ChangeDeadline {
  date: string;
  minute: number;
}

const minutesPerDay = 24 * 60;
const dayAndMonth = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * The start of a booking minus the cut-off, in venue wall-clock time (the same clock bookings are
 * kept in), so server and browser agree to the minute. Wall-clock arithmetic: on a night the
 * clocks change, the deadline moves with the clock, as the booking's start does.
 */
export function changeDeadline(booking: { date: string; time: string }, cutoffMinutes: number): ChangeDeadline {
  const fromDayStart = minuteOfTime(booking.time) - cutoffMinutes;
  const daysBack = Math.ceil(Math.max(0, -fromDayStart) / minutesPerDay);
  return { date: addDays(booking.date, -daysBack), minute: fromDayStart + daysBack * minutesPerDay };
}

/** True from the deadline on: customers may no longer cancel or move the booking online. */
export function changesClosed(booking: { date: string; time: string }, cutoffMinutes: number, now: VenueNow): boolean {
  const deadline = changeDeadline(booking, cutoffMinutes);
  return now.date > deadline.date || (now.date === deadline.date && now.minute >= deadline.minute);
}

/** "17:00 on Friday 4 December". */
export function formatChangeDeadline(deadline: ChangeDeadline): string {
  const parts = dayAndMonth.formatToParts(new Date(`${deadline.date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${timeOfMinute(deadline.minute)} on ${part("weekday")} ${part("day")} ${part("month")}`;
}

/** "Free changes until 2 hours before the start". */
export function changePolicyWording(cutoffMinutes: number): string {
  return cutoffMinutes === 0 ? "Free changes until the start" : `Free changes until ${formatDuration(cutoffMinutes)} before the start`;
}

/**
 * Why a customer cannot cancel or move a booking any more, with when they could have and whom to
 * ask instead: "Changes close 2 hours before the start: you could cancel until 17:00 on Friday
 * 4 December. Contact the venue to change it now."
 */
export function changesClosedMessage(
  booking: { date: string; time: string },
  cutoffMinutes: number,
  action: "cancel" | "reschedule" | "change the party size",
  venueName = "the venue",
): string {
  const until = formatChangeDeadline(changeDeadline(booking, cutoffMinutes));
  return `Changes close ${formatDuration(cutoffMinutes)} before the start: you could ${action} until ${until}. Contact ${venueName} to change it now.`;
}
