import { z } from "zod";
import { queryInteger } from "./json-primitives.ts";

/** Page selection accepted by every list procedure. */
export const paginationInput = z.object({
  page: queryInteger(1, 100_000).default(1),
  perPage: queryInteger(1, 100).default(20),
});
export type PaginationInput = z.infer<typeof paginationInput>;

/** The one pagination envelope every list returns. */
export function paginated<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().min(1),
    perPage: z.number().int().min(1),
    totalPages: z.number().int().nonnegative(),
    hasNext: z.boolean(),
    hasPrev: z.boolean(),
  });
}

export interface Paginated<Item> {
  items: Item[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  hasNext: boolean;
  hasPrev: boolean;
}

export const sortOrder = z.enum(["asc", "desc"]);
