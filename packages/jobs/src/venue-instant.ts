import { venueNow } from "@slotted/validators";

const minuteMs = 60_000;

/**
 * The instant at which the venue's wall clock shows `date` at `minute`. Two corrections by the
 * zone's offset settle it, across daylight-saving changes too (a time skipped by a spring-forward
 * lands just after the gap).
 */
export function venueInstant(timeZone: string, date: string, minute: number): Date {
  const wallClock = Date.parse(`${date}T00:00:00.000Z`) + minute * minuteMs;
  let guess = wallClock;
  for (let i = 0; i < 2; i += 1) {
    const shown = venueNow(timeZone, new Date(guess));
    const shownMs = Date.parse(`${shown.date}T00:00:00.000Z`) + shown.minute * minuteMs;
    guess += wallClock - shownMs;
  }
  return new Date(guess);
}
