import { withTransaction, type Booking, type Prisma } from "@slotted/db";
import type { CustomerBooking, UpdateBookingInput } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { assertSlotCapacity } from "./assert-slot-capacity.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { lockBookingDates } from "./booking-locks.ts";
import { toCustomerBooking } from "./booking-view.ts";
import { parseContactPhone } from "./contact-phone.ts";
import { assertChangesOpen, assertCustomerMayChange, findOwnBooking } from "./customer-booking-access.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";
import { dateOfColumn, venueNow } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

const personalFields = ["contactName", "contactEmail", "contactPhone", "specialRequests"] as const;

/**
 * What an edit changed, for the audit log: the party size from and to, but personal data (contact
 * details, special requests) only by the names of the fields that changed, never their values.
 */
function auditedChanges(before: Booking, after: Booking): Prisma.InputJsonObject {
  const fields = personalFields.filter((field) => before[field] !== after[field]);
  return {
    ...(before.partySize !== after.partySize ? { partySize: { from: before.partySize, to: after.partySize } } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(before.tableId !== after.tableId ? { tableReleased: true } : {}),
    reference: before.reference,
  };
}

/**
 * A customer edits party size, contact details or special requests of their own booking while
 * it is PENDING/CONFIRMED and not started. A larger party is re-checked against capacity under
 * the date's lock, and gives up a table too small for it; the write is guarded by the version
 * the client loaded and audited with it.
 */
export async function updateBooking(deps: BookingDeps, actor: BookingActor, input: UpdateBookingInput): Promise<CustomerBooking> {
  const { business } = deps.services.config;
  let contactPhone: string | undefined;
  if (input.contactPhone !== undefined) {
    const phone = parseContactPhone(input.contactPhone, business.phoneRegion);
    if (!phone.ok) throw invalidBookingInput([phone.issue]);
    contactPhone = phone.e164;
  }

  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await findOwnBooking(tx, input.id, actor.id);
    const now = venueNow(business.timezone);
    assertCustomerMayChange(current, now, "changed");
    // Contact details and requests may still be corrected inside the cut-off; the party size,
    // which the venue plans covers and tables by, may not.
    if (input.partySize !== undefined && input.partySize !== current.partySize) assertChangesOpen(current, now, business, "change the party size");
    assertVersion(current, input.version);
    if (input.partySize !== undefined && input.partySize > current.partySize) {
      const date = dateOfColumn(current.date);
      await lockBookingDates(tx, [date]);
      await assertSlotCapacity(tx, {
        date,
        startMinute: current.startMinute,
        durationMinutes: current.durationMinutes,
        partySize: input.partySize,
        capacity: business.slotCapacity,
        excludeBookingId: current.id,
      });
    }
    // A party that outgrows its table gives the table up; staff seat it again from the day sheet.
    const outgrowsTable =
      input.partySize !== undefined &&
      current.tableId !== null &&
      input.partySize > ((await tx.venueTable.findUnique({ where: { id: current.tableId }, select: { seats: true } }))?.seats ?? 0);
    const updated = await writeVersioned(tx, current, {
      ...(outgrowsTable ? { tableId: null } : {}),
      partySize: input.partySize,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone,
      specialRequests: input.specialRequests,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.updated",
      targetType: "booking",
      targetId: current.id,
      requestId: deps.requestId,
      changes: auditedChanges(current, updated),
    });
    return updated;
  }, { signal: deps.signal });
  await invalidateBookingCaches(deps, [dateOfColumn(row.date)]);
  return toCustomerBooking(row);
}
