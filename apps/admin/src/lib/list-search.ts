import { readChoice, readInteger } from "@slotted/app-shell";

/** Page and sort of a server-paginated list, as they sit in the URL (`?page=3&sort=name&order=asc`). */
export interface ListSearch<SortKey extends string> {
  page?: number | undefined;
  sort?: SortKey | undefined;
  order?: "asc" | "desc" | undefined;
}

/**
 * Reads page, sort and order from whatever the URL held: a bad or stale value is dropped (the
 * list falls back to its default) rather than breaking the page. Every key is returned, so the
 * raw value can never slip through the router unvalidated.
 */
export function readListSearch<SortKey extends string>(input: Record<string, unknown>, sortKeys: readonly SortKey[]): ListSearch<SortKey> {
  return {
    page: readInteger(input.page, 1, 100_000),
    sort: readChoice(input.sort, sortKeys),
    order: readChoice(input.order, ["asc", "desc"] as const),
  };
}

/** Free text from the URL: trimmed, at most `max` characters (the server's limit), or undefined. */
export function readSearchText(value: unknown, max = 100): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim().slice(0, max);
  return text === "" ? undefined : text;
}
