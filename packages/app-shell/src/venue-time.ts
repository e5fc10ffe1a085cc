/**
 * Venue-local dates and times, worded the same in both apps. The API speaks in the venue's
 * calendar (`YYYY-MM-DD`, `HH:MM` in `bookings.venue().timezone`), so the browser does the same,
 * whatever the visitor's own zone.
 */

/** Today at the venue (`date`) and minutes since its midnight (`minute`): the server's own clock rule. */
export { venueNow as venueClock, type VenueNow as VenueClock } from "@slotted/validators";

/** Calendar dates, lengths and party sizes in words: shared with mail (packages/validators). */
export { formatLongDate, formatShortDate, formatDuration, formatGuests } from "@slotted/validators";

/**
 * A moment (an audit entry, a cancellation, a session's last use), "14 Jun 2026, 19:05". Locale
 * and zone default to the visitor's own; staff pass the venue's zone to read it at the venue's clock.
 */
export function formatMoment(at: Date, { locale, timeZone }: { locale?: string; timeZone?: string | undefined } = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", ...(timeZone ? { timeZone } : {}) }).format(at);
}
