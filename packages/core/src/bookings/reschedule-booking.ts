import { withTransaction } from "@slotted/db";
import { notifyBookingRescheduled } from "@slotted/jobs";
import { bookingSlotIssues, minuteOfTime, timeOfMinute, type CustomerBooking, type RescheduleBookingInput } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { assertSlotCapacity } from "./assert-slot-capacity.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import { rethrowBookingConflict } from "./booking-conflicts.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { lockBookingDates } from "./booking-locks.ts";
import { toCustomerBooking } from "./booking-view.ts";
import { assertChangesOpen, assertCustomerMayChange, findOwnBooking } from "./customer-booking-access.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";
import { dateColumn, dateOfColumn, venueNow, venueRules } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

/**
 * Moves a customer's booking to another date/time atomically: both dates locked (in a fixed
 * order), capacity at the new time re-checked without counting the booking's old place, the
 * duplicate rule re-checked by the partial unique index, and the old place freed by the same write.
 * The audit entry names only what moved (date, time, duration), from and to.
 */
export async function rescheduleBooking(deps: BookingDeps, actor: BookingActor, input: RescheduleBookingInput): Promise<{ booking: CustomerBooking; previousDate: string }> {
  const { business } = deps.services.config;
  const now = venueNow(business.timezone);
  const result = await withTransaction(deps.prisma, async (tx) => {
    const current = await findOwnBooking(tx, input.id, actor.id);
    assertCustomerMayChange(current, now, "rescheduled");
    assertChangesOpen(current, now, business, "reschedule");
    assertVersion(current, input.version);
    const durationMinutes = input.durationMinutes ?? current.durationMinutes;
    const issues = bookingSlotIssues(venueRules(business), { date: input.date, time: input.time, durationMinutes }, now);
    if (issues.length > 0) throw invalidBookingInput(issues);

    const previousDate = dateOfColumn(current.date);
    const startMinute = minuteOfTime(input.time);
    await lockBookingDates(tx, [previousDate, input.date]);
    await assertSlotCapacity(tx, {
      date: input.date,
      startMinute,
      durationMinutes,
      partySize: current.partySize,
      capacity: business.slotCapacity,
      excludeBookingId: current.id,
    });
    // A moved booking leaves its table: the table may be taken at the new time, and staff seat it afresh.
    const row = await writeVersioned(tx, current, { date: dateColumn(input.date), startMinute, durationMinutes, tableId: null });
    const moved = {
      date: { from: previousDate, to: input.date },
      time: { from: timeOfMinute(current.startMinute), to: input.time },
      durationMinutes: { from: current.durationMinutes, to: durationMinutes },
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.rescheduled",
      targetType: "booking",
      targetId: current.id,
      requestId: deps.requestId,
      changes: { ...Object.fromEntries(Object.entries(moved).filter(([, change]) => change.from !== change.to)), reference: current.reference },
    });
    if (moved.date.from !== moved.date.to || moved.time.from !== moved.time.to) {
      await notifyBookingRescheduled(deps.services.jobs, tx, row, current, business.timezone);
    }
    return { row, previousDate };
  }, { signal: deps.signal }).catch(rethrowBookingConflict);
  await invalidateBookingCaches(deps, [result.previousDate, input.date]);
  return { booking: toCustomerBooking(result.row), previousDate: result.previousDate };
}
