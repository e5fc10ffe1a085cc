import { withTransaction, type PrismaClient, type Prisma } from "@slotted/db";
import type { UpdateTableInput, VenueTable } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import type { StaffAction } from "../bookings/booking-deps.ts";
import { notFound } from "../errors/index.ts";
import { assertTableNameFree, rethrowTableNameTaken } from "./table-name-conflict.ts";
import { toVenueTable } from "./table-view.ts";

const editableFields = ["name", "seats", "area", "isActive"] as const;

/**
 * Renames, resizes, moves or (de)activates a table. Bookings already seated at it keep it:
 * a deactivated table only stops taking new assignments. Audited with each changed field, from and to.
 */
export function updateTable(prisma: PrismaClient, action: StaffAction, input: UpdateTableInput): Promise<VenueTable> {
  return withTransaction(prisma, async (tx) => {
    const before = await tx.venueTable.findUnique({ where: { id: input.id } });
    if (!before) throw notFound("Table");
    if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) await assertTableNameFree(tx, input.name, before.id);

    const changes: Prisma.InputJsonObject = Object.fromEntries(
      editableFields.filter((field) => input[field] !== undefined && input[field] !== before[field]).map((field) => [field, { from: before[field], to: input[field] ?? null }]),
    );
    if (Object.keys(changes).length === 0) return toVenueTable(before);

    const after = await tx.venueTable.update({
      where: { id: before.id },
      data: { name: input.name, seats: input.seats, area: input.area, isActive: input.isActive },
    });
    await recordAudit(tx, {
      actorId: action.actorId,
      action: "table.updated",
      targetType: "table",
      targetId: before.id,
      requestId: action.requestId,
      changes: { ...changes, table: after.name },
    });
    return toVenueTable(after);
  }).catch(rethrowTableNameTaken(input.name));
}
