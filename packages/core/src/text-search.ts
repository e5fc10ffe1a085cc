import type { Prisma } from "@slotted/db";

/**
 * Prisma's `contains` passes `%` and `_` through to (I)LIKE as wildcards, and `\` as LIKE's escape
 * character; a search box means literal text, so all three are escaped.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A case-insensitive, literal "contains" filter for one text column. */
export function containsText(text: string): Prisma.StringFilter {
  return { contains: likeLiteral(text), mode: "insensitive" };
}
