import { withTransaction } from "@slotted/db";
import { notifyBookingStatusChanged } from "@slotted/jobs";
import { changesClosed, timeOfMinute, type SetBookingStatusInput, type StaffBooking } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { notFound } from "../errors/index.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import type { BookingDeps, StaffAction } from "./booking-deps.ts";
import { assertTransition } from "./booking-status-machine.ts";
import { toStaffBooking, withCustomer } from "./booking-view.ts";
import { dateOfColumn, venueNow } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

/**
 * Staff move a booking along PENDING→CONFIRMED→SEATED→COMPLETED, or to CANCELLED / NO_SHOW where
 * the state machine allows (409 listing the allowed statuses otherwise). The change and its
 * audit entry commit together.
 */
export async function setBookingStatus(deps: BookingDeps, action: StaffAction, input: SetBookingStatusInput): Promise<StaffBooking> {
  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await tx.booking.findUnique({ where: { id: input.id } });
    if (!current) throw notFound("Booking");
    assertTransition(current.status, input.status);
    assertVersion(current, input.version);
    const cancelling = input.status === "CANCELLED";
    // Staff may cancel inside the customers' cut-off; such a late cancellation is marked for the customer's record.
    const { cancelCutoffMinutes, timezone } = deps.services.config.business;
    const late =
      cancelling && changesClosed({ date: dateOfColumn(current.date), time: timeOfMinute(current.startMinute) }, cancelCutoffMinutes, venueNow(timezone));
    // A cancelled or no-show party will not sit at its table: release it for another booking.
    const releasesTable = cancelling || input.status === "NO_SHOW";
    const updated = await writeVersioned(tx, current, {
      status: input.status,
      ...(releasesTable ? { tableId: null } : {}),
      ...(cancelling ? { cancelledAt: new Date(), cancelReason: input.note ?? null, cancelledLate: late } : {}),
    });
    await recordAudit(tx, {
      actorId: action.actorId,
      action: cancelling ? "booking.cancelled" : "booking.status_changed",
      targetType: "booking",
      targetId: current.id,
      requestId: action.requestId,
      changes: { status: { from: current.status, to: input.status }, ...(input.note ? { note: input.note } : {}), ...(late ? { late: true } : {}), reference: current.reference },
    });
    await notifyBookingStatusChanged(deps.services.jobs, tx, updated, input.status, true);
    return tx.booking.findUniqueOrThrow({ where: { id: updated.id }, include: withCustomer });
  }, { signal: deps.signal });
  await invalidateBookingCaches(deps, [dateOfColumn(row.date)]);
  return toStaffBooking(row);
}
