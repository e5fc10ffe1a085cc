import { z } from "zod";

/**
 * The venue's booking rules as the server applies them (`GET /bookings/venue`), so clients can
 * run `bookingSlotIssues` and show the same messages before they submit.
 */
export const venueSettings = z.object({
  timezone: z.string(),
  openingTime: z.string(),
  closingTime: z.string(),
  slotMinutes: z.number().int().positive(),
  slotCapacity: z.number().int().positive(),
  maxDaysAhead: z.number().int().positive(),
  phoneRegion: z.string(),
  partySize: z.object({ min: z.number().int(), max: z.number().int() }),
  durationMinutes: z.object({ min: z.number().int(), max: z.number().int(), default: z.number().int() }),
  /** Customers may cancel or move a booking online until this many minutes before its start. */
  cancelCutoffMinutes: z.number().int().nonnegative(),
  /** Today in the venue's timezone, when the answer was computed. */
  today: z.string(),
});
export type VenueSettings = z.infer<typeof venueSettings>;

/** The venue-dependent part of the rules (the static part lives in the zod schemas). */
export interface VenueRules {
  openingMinute: number;
  closingMinute: number;
  slotMinutes: number;
  maxDaysAhead: number;
}

/** "Now" at the venue: its calendar date and minutes since its midnight. */
export interface VenueNow {
  date: string;
  minute: number;
}

export interface SlotIssue {
  path: "date" | "time" | "durationMinutes";
  message: string;
}

/** "19:30" → 1170. Expects the strict HH:MM the schemas accept. */
export function minuteOfTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}

/** 1170 → "19:30". */
export function timeOfMinute(minute: number): string {
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** Calendar arithmetic on `YYYY-MM-DD` (no timezone involved: these are venue-local dates). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Why a date cannot be booked (in the past, beyond the horizon), or undefined when it can. */
export function bookingDateIssue(rules: Pick<VenueRules, "maxDaysAhead">, date: string, now: VenueNow): SlotIssue | undefined {
  if (date < now.date) return { path: "date", message: "must not be in the past" };
  const horizon = addDays(now.date, rules.maxDaysAhead);
  if (date > horizon) return { path: "date", message: `must be within ${rules.maxDaysAhead} days (on or before ${horizon})` };
  return undefined;
}

/**
 * Every venue rule a requested booking slot breaks: not in the past, within the booking horizon,
 * on a slot boundary within opening hours, ending by closing, not already started today.
 * An empty list means the slot is acceptable.
 */
export function bookingSlotIssues(
  rules: VenueRules,
  slot: { date: string; time: string; durationMinutes: number },
  now: VenueNow,
): SlotIssue[] {
  const issues: SlotIssue[] = [];
  const dateIssue = bookingDateIssue(rules, slot.date, now);
  if (dateIssue) issues.push(dateIssue);

  const start = minuteOfTime(slot.time);
  const opening = timeOfMinute(rules.openingMinute);
  const closing = timeOfMinute(rules.closingMinute);
  if (start < rules.openingMinute || start >= rules.closingMinute) {
    issues.push({ path: "time", message: `must be between ${opening} and ${closing}` });
  } else if ((start - rules.openingMinute) % rules.slotMinutes !== 0) {
    issues.push({ path: "time", message: `must start on a ${rules.slotMinutes}-minute slot (e.g. ${opening})` });
  } else if (start + slot.durationMinutes > rules.closingMinute) {
    issues.push({ path: "time", message: `must leave time to finish by closing (${closing})` });
  } else if (slot.date === now.date && start <= now.minute) {
    issues.push({ path: "time", message: "has already started today" });
  }

  if (slot.durationMinutes % rules.slotMinutes !== 0) {
    issues.push({ path: "durationMinutes", message: `must be a multiple of ${rules.slotMinutes} minutes` });
  }
  return issues;
}
