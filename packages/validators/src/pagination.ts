import { z } from "zod";
import { queryInteger } from "./json-primitives.ts";

/** Page selection accepted by every list procedure. */
export const paginationInput = z.object({
  page: queryInteger(1, 100_000).default(1),
  perPage: queryInteger(1, 100).default(20),
});
export type PaginationInput = z.infer<typeof paginationInput>;

/**
 * Lists that also page by cursor (keyset): `cursor` is the `nextCursor` of the page before and wins
 * over `page`. It is opaque: only ever send one back, to the same list with the same filters.
 */
export const cursorPaginationInput = paginationInput.extend({
  cursor: z.string().max(512, { error: "is not a cursor this list issued; start again from the first page" }).optional(),
});

/** The one pagination envelope every list returns. */
export function paginated<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    /** False when counting every match would be too slow (free-text search): `total` is then a lower bound. */
    totalIsExact: z.boolean(),
    page: z.number().int().min(1),
    perPage: z.number().int().min(1),
    totalPages: z.number().int().nonnegative(),
    hasNext: z.boolean(),
    hasPrev: z.boolean(),
  });
}

/** The envelope of a list that also pages by cursor: `nextCursor` is null on the last page. */
export function cursorPaginated<Item extends z.ZodType>(item: Item) {
  return paginated(item).extend({ nextCursor: z.string().nullable() });
}

export interface Paginated<Item> {
  items: Item[];
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
  totalPages: number;
  hasNext: boolean;
  hasPrev: boolean;
}

export const sortOrder = z.enum(["asc", "desc"]);

export interface CursorPaginated<Item> extends Paginated<Item> {
  nextCursor: string | null;
}
