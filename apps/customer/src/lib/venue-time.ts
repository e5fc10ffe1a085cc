/**
 * Venue-local dates and times. The API speaks in the venue's calendar (`YYYY-MM-DD`, `HH:MM` in
 * `bookings.venue().timezone`), so the browser does the same, whatever the visitor's own zone.
 */

/** Today at the venue (`date`) and minutes since its midnight (`minute`): the server's own clock rule. */
export { venueNow as venueClock, type VenueNow as VenueClock } from "@slotted/validators";

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
