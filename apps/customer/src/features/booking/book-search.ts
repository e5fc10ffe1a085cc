import type { SearchSchemaInput } from "@tanstack/react-router";
import { datePattern, readInteger, readPattern, timePattern } from "../../lib/search-params.ts";

/** `/book?date=2026-06-14&time=19:30&party=4&duration=120`: the choices so far, shareable and reload-proof. */
export interface BookSearch {
  date?: string | undefined;
  time?: string | undefined;
  party?: number | undefined;
  duration?: number | undefined;
}

/** Drops malformed values; the venue's own limits (party size, horizon) are applied by the form. */
export function validateBookSearch(input: BookSearch & SearchSchemaInput): BookSearch {
  const search: BookSearch = {};
  const date = readPattern(input.date, datePattern);
  const time = readPattern(input.time, timePattern);
  const party = readInteger(input.party, 1, 1000);
  const duration = readInteger(input.duration, 1, 24 * 60);
  if (date !== undefined) search.date = date;
  if (time !== undefined) search.time = time;
  if (party !== undefined) search.party = party;
  if (duration !== undefined) search.duration = duration;
  return search;
}
