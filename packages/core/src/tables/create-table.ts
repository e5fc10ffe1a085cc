import { withTransaction, type PrismaClient } from "@slotted/db";
import type { CreateTableInput, VenueTable } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import type { StaffAction } from "../bookings/booking-deps.ts";
import { assertTableNameFree, rethrowTableNameTaken } from "./table-name-conflict.ts";
import { toVenueTable } from "./table-view.ts";

/** Adds a table to the floor; the name must be new (case-insensitively). Audited with the table's facts. */
export function createTable(prisma: PrismaClient, action: StaffAction, input: CreateTableInput): Promise<VenueTable> {
  return withTransaction(prisma, async (tx) => {
    await assertTableNameFree(tx, input.name);
    const row = await tx.venueTable.create({
      data: { name: input.name, seats: input.seats, area: input.area ?? null, isActive: input.isActive ?? true },
    });
    await recordAudit(tx, {
      actorId: action.actorId,
      action: "table.created",
      targetType: "table",
      targetId: row.id,
      requestId: action.requestId,
      changes: { name: row.name, seats: row.seats, area: row.area, isActive: row.isActive },
    });
    return toVenueTable(row);
  }).catch(rethrowTableNameTaken(input.name));
}
