import type { VenueTable } from "@slotted/validators";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Floor order: by area (tables without one last), then by name with numbers compared as numbers,
 * so "Table 2" comes before "Table 10". Done here because SQL's text order would not.
 */
export function compareTables(a: Pick<VenueTable, "area" | "name">, b: Pick<VenueTable, "area" | "name">): number {
  if (a.area !== b.area) {
    if (a.area === null) return 1;
    if (b.area === null) return -1;
    const byArea = collator.compare(a.area, b.area);
    if (byArea !== 0) return byArea;
  }
  return collator.compare(a.name, b.name);
}
