import { withTransaction } from "@slotted/db";
import type { SetInternalNotesInput, StaffBooking } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors/index.ts";
import type { BookingDeps, StaffAction } from "./booking-deps.ts";
import { toStaffBooking, withCustomer } from "./booking-view.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

/**
 * Staff replace a booking's internal notes (null clears them). Notes are a whole-text
 * replacement, so the version is required: two staff editing at once cannot silently lose one
 * edit. The audit entry records that the notes changed, not their text.
 */
export async function setInternalNotes(deps: BookingDeps, action: StaffAction, input: SetInternalNotesInput): Promise<StaffBooking> {
  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await tx.booking.findUnique({ where: { id: input.id } });
    if (!current) throw notFound("Booking");
    assertVersion(current, input.version);
    await writeVersioned(tx, current, { internalNotes: input.internalNotes });
    await recordAudit(tx, {
      actorId: action.actorId,
      action: "booking.internal_notes_changed",
      targetType: "booking",
      targetId: current.id,
      requestId: action.requestId,
      changes: {
        internalNotes: { hadNotes: current.internalNotes !== null, length: input.internalNotes?.length ?? 0 },
        reference: current.reference,
      },
    });
    return tx.booking.findUniqueOrThrow({ where: { id: current.id }, include: withCustomer });
  }, { signal: deps.signal });
  return toStaffBooking(row);
}
