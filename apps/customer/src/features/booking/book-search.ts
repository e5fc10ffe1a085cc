import type { SearchSchemaInput } from "@tanstack/react-router";
import { datePattern, readInteger, readPattern, timePattern } from "@slotted/app-shell";

/** `/book?date=2026-06-14&time=19:30&party=4&duration=120`: the choices so far, shareable and reload-proof. */
export interface BookSearch {
  date?: string | undefined;
  time?: string | undefined;
  party?: number | undefined;
  duration?: number | undefined;
}

/**
 * Drops malformed values; the venue's own limits (party size, horizon) are applied by the form.
 * Every key is returned, even when undefined: the router passes unvalidated values through.
 */
export function validateBookSearch(input: BookSearch & SearchSchemaInput): BookSearch {
  return {
    date: readPattern(input.date, datePattern),
    time: readPattern(input.time, timePattern),
    party: readInteger(input.party, 1, 1000),
    duration: readInteger(input.duration, 1, 24 * 60),
  };
}
