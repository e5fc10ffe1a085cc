export type PageItem = number | "ellipsis-start" | "ellipsis-end";

/**
 * The pages to show: first, last, the current page with `siblings` either side, and an ellipsis
 * for each gap. A gap of a single page shows that page instead, since "…" would be no shorter.
 */
export function paginationRange(page: number, totalPages: number, siblings = 1): PageItem[] {
  if (totalPages <= 0) return [];
  const current = Math.min(Math.max(page, 1), totalPages);
  const start = Math.max(2, current - siblings);
  const end = Math.min(totalPages - 1, current + siblings);
  const items: PageItem[] = [1];

  if (start === 3) items.push(2);
  else if (start > 3) items.push("ellipsis-start");

  for (let value = start; value <= end; value++) items.push(value);

  if (end === totalPages - 2) items.push(totalPages - 1);
  else if (end < totalPages - 2) items.push("ellipsis-end");

  if (totalPages > 1) items.push(totalPages);
  return items;
}
