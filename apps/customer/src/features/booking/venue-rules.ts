import { addDays, minuteOfTime, timeOfMinute, type VenueRules } from "@slotted/validators";
import type { Venue } from "./venue.ts";

/** The venue-dependent half of the booking rules, in the form `bookingSlotIssues` takes. */
export function venueRules(venue: Venue): VenueRules {
  return {
    openingMinute: minuteOfTime(venue.openingTime),
    closingMinute: minuteOfTime(venue.closingTime),
    slotMinutes: venue.slotMinutes,
    maxDaysAhead: venue.maxDaysAhead,
  };
}

/** The last date that can be booked from `today`. */
export function horizonDate(venue: Venue, today: string): string {
  return addDays(today, venue.maxDaysAhead);
}

/** Durations a customer can pick: whole slots from the minimum up to the maximum. */
export function durationChoices(venue: Venue): number[] {
  const choices: number[] = [];
  const first = Math.ceil(venue.durationMinutes.min / venue.slotMinutes) * venue.slotMinutes;
  for (let minutes = first; minutes <= venue.durationMinutes.max; minutes += venue.slotMinutes) choices.push(minutes);
  return choices;
}

/** Party sizes a customer can pick. */
export function partySizeChoices(venue: Venue): number[] {
  const choices: number[] = [];
  for (let size = venue.partySize.min; size <= venue.partySize.max; size += 1) choices.push(size);
  return choices;
}

/** "19:00" + 120 → "21:00". */
export function endTimeOf(time: string, durationMinutes: number): string {
  return timeOfMinute(minuteOfTime(time) + durationMinutes);
}
