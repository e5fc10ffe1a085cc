import { isExclusionViolation, withTransaction, type VenueTable } from "@slotted/db";
import { activeBookingStatuses, timeOfMinute, type AssignTableInput, type StaffBooking } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { conflict, notFound } from "../errors/index.ts";
import type { BookingDeps, StaffAction } from "./booking-deps.ts";
import { toStaffBooking, withCustomer } from "./booking-view.ts";
import { dateOfColumn } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

const isActiveStatus = (status: string) => (activeBookingStatuses as readonly string[]).includes(status);

function assertTableFits(table: VenueTable, partySize: number): void {
  if (!table.isActive) {
    throw conflict(`Table ${table.name} is not in use; pick an active table, or reactivate it on the Tables page`, { field: "tableId" });
  }
  if (partySize > table.seats) {
    throw conflict(`Table ${table.name} seats ${table.seats}; this party is ${partySize}. Pick a table with at least ${partySize} seats.`, { field: "tableId" });
  }
}

/**
 * Staff seat an active booking at a table, move it to another, or (tableId null) take it off its
 * table. Two active bookings can never share a table at overlapping times: the database's
 * exclusion constraint decides between concurrent assignments, and the loser gets a 409 naming
 * the table and the time. Audited with the table names, from and to.
 */
export async function assignTable(deps: BookingDeps, action: StaffAction, input: AssignTableInput): Promise<StaffBooking> {
  let overlap: { table: string; date: string; from: string; to: string } | undefined;
  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await tx.booking.findUnique({ where: { id: input.id }, include: { table: { select: { name: true } } } });
    if (!current) throw notFound("Booking");
    assertVersion(current, input.version);
    if (current.tableId === input.tableId) return tx.booking.findUniqueOrThrow({ where: { id: current.id }, include: withCustomer });

    let target: VenueTable | null = null;
    if (input.tableId !== null) {
      if (!isActiveStatus(current.status)) {
        throw conflict(`Booking ${current.reference} is ${current.status}; only pending, confirmed or seated bookings can be given a table`, {
          currentStatus: current.status,
        });
      }
      target = await tx.venueTable.findUnique({ where: { id: input.tableId } });
      if (!target) throw notFound("Table");
      assertTableFits(target, current.partySize);
      overlap = {
        table: target.name,
        date: dateOfColumn(current.date),
        from: timeOfMinute(current.startMinute),
        to: timeOfMinute(current.startMinute + current.durationMinutes),
      };
    }
    const updated = await writeVersioned(tx, current, { tableId: input.tableId });
    await recordAudit(tx, {
      actorId: action.actorId,
      action: "booking.table_assigned",
      targetType: "booking",
      targetId: current.id,
      requestId: action.requestId,
      changes: { table: { from: current.table?.name ?? null, to: target?.name ?? null }, reference: current.reference },
    });
    return tx.booking.findUniqueOrThrow({ where: { id: updated.id }, include: withCustomer });
  }, { signal: deps.signal }).catch((error: unknown) => {
    if (overlap && isExclusionViolation(error)) {
      throw conflict(
        `Table ${overlap.table} is already taken during ${overlap.from}–${overlap.to} on ${overlap.date}; pick another table or take the other booking off it first`,
        { field: "tableId" },
      );
    }
    throw error;
  });
  // Availability and the dashboard count covers, not tables: no cache to invalidate.
  return toStaffBooking(row);
}
