import type { PrismaClient } from "@slotted/db";
import type { VenueTableList } from "@slotted/validators";
import { compareTables } from "./table-order.ts";
import { toVenueTable } from "./table-view.ts";

/** Every table, active and inactive, in floor order. A venue has tens of tables, not thousands: no paging. */
export async function listTables(prisma: PrismaClient): Promise<VenueTableList> {
  const rows = await prisma.venueTable.findMany();
  return { items: rows.map(toVenueTable).sort(compareTables) };
}
