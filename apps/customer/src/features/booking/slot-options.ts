import { bookingSlotIssues, minuteOfTime, type VenueRules } from "@slotted/validators";
import type { VenueClock } from "@slotted/app-shell";

export interface AvailableSlot {
  time: string;
  remaining: number;
}

export interface SlotOption {
  time: string;
  /** Places free for the whole stay (the tightest slot the stay covers). */
  places: number;
  available: boolean;
  /** Why it cannot be chosen, in a word or two, when `available` is false. */
  reason: string | undefined;
}

export interface SlotOptionsRequest {
  date: string;
  slots: readonly AvailableSlot[];
  partySize: number;
  durationMinutes: number;
  rules: VenueRules;
  now: VenueClock;
  /**
   * When moving an existing booking on its own date, its own places count as free again
   * (the server does the same when it re-checks capacity).
   */
  ownBooking?: { date: string; time: string; durationMinutes: number; partySize: number } | undefined;
}

function overlaps(startA: number, lengthA: number, startB: number, lengthB: number): boolean {
  return startA < startB + lengthB && startB < startA + lengthA;
}

/**
 * Which of the day's slots can take this party for this long: the same venue rules the server
 * applies (`bookingSlotIssues`: past, closing time, slot grid) plus room at every slot the stay
 * covers. The server re-checks both when the booking is made.
 */
export function slotOptions(request: SlotOptionsRequest): SlotOption[] {
  const { date, slots, partySize, durationMinutes, rules, now, ownBooking } = request;
  const own = ownBooking?.date === date ? ownBooking : undefined;

  const freeAt = (slot: AvailableSlot): number => {
    if (!own) return slot.remaining;
    const start = minuteOfTime(slot.time);
    return overlaps(start, rules.slotMinutes, minuteOfTime(own.time), own.durationMinutes) ? slot.remaining + own.partySize : slot.remaining;
  };

  return slots.map((slot) => {
    const start = minuteOfTime(slot.time);
    const covered = slots.filter((other) => {
      const minute = minuteOfTime(other.time);
      return minute >= start && minute < start + durationMinutes;
    });
    const places = Math.min(...covered.map(freeAt));

    const timeIssue = bookingSlotIssues(rules, { date, time: slot.time, durationMinutes }, now).find((issue) => issue.path === "time");
    if (timeIssue) {
      const started = date === now.date && start <= now.minute;
      return { time: slot.time, places, available: false, reason: started ? "Past" : "Ends after closing" };
    }
    if (places < partySize) {
      return { time: slot.time, places, available: false, reason: places <= 0 ? "Full" : `Room for ${places}` };
    }
    return { time: slot.time, places, available: true, reason: undefined };
  });
}
