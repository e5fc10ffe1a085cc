import { withTransaction } from "@slotted/db";
import { notifyBookingStatusChanged } from "@slotted/jobs";
import type { CancelBookingInput, CustomerBooking } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { toCustomerBooking } from "./booking-view.ts";
import { assertChangesOpen, assertCustomerMayChange, findOwnBooking } from "./customer-booking-access.ts";
import { dateOfColumn, venueNow } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

/**
 * A customer cancels their own PENDING/CONFIRMED booking before it starts. Cancelled bookings
 * no longer count towards capacity or the one-per-slot rule, so the place is free at commit.
 * Audited like a cancellation by staff, in the same transaction.
 */
export async function cancelBooking(deps: BookingDeps, actor: BookingActor, input: CancelBookingInput): Promise<CustomerBooking> {
  const { business } = deps.services.config;
  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await findOwnBooking(tx, input.id, actor.id);
    const now = venueNow(business.timezone);
    assertCustomerMayChange(current, now, "cancelled");
    assertChangesOpen(current, now, business, "cancel");
    assertVersion(current, input.version);
    // The table is released with the cancellation, so staff can seat another party there.
    const cancelled = await writeVersioned(tx, current, { status: "CANCELLED", cancelledAt: new Date(), cancelReason: input.reason ?? null, tableId: null });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.cancelled",
      targetType: "booking",
      targetId: current.id,
      requestId: deps.requestId,
      changes: { status: { from: current.status, to: cancelled.status }, ...(input.reason ? { reason: input.reason } : {}), reference: current.reference },
    });
    await notifyBookingStatusChanged(deps.services.jobs, tx, cancelled, "CANCELLED", false);
    return cancelled;
  }, { signal: deps.signal });
  await invalidateBookingCaches(deps, [dateOfColumn(row.date)]);
  return toCustomerBooking(row);
}
