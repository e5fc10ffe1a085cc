import type { VenueTable as VenueTableRow } from "@slotted/db";
import type { VenueTable } from "@slotted/validators";

export function toVenueTable(row: VenueTableRow): VenueTable {
  return {
    id: row.id,
    name: row.name,
    seats: row.seats,
    area: row.area,
    isActive: row.isActive,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
