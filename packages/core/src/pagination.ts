import type { Paginated, PaginationInput } from "@slotted/validators";

/**
 * The one list query: the page and the total under the same filters, run concurrently,
 * wrapped in the one envelope. Callers pass the two Prisma calls with their shared `where`.
 */
export async function paginate<Item>(
  { page, perPage }: PaginationInput,
  query: {
    count: () => Promise<number>;
    findPage: (window: { skip: number; take: number }) => Promise<Item[]>;
  },
): Promise<Paginated<Item>> {
  const [total, items] = await Promise.all([query.count(), query.findPage({ skip: (page - 1) * perPage, take: perPage })]);
  const totalPages = Math.ceil(total / perPage);
  return { items, total, totalIsExact: true, page, perPage, totalPages, hasNext: page < totalPages, hasPrev: page > 1 };
}
