import { isUniqueViolation, withTransaction } from "@slotted/db";
import { addDays, feedbackWindowDays, formatLongDate, type CustomerBooking, type RateBookingInput } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { appError, conflict } from "../errors/index.ts";
import { invalidateDashboardStats } from "../routers/users/dashboard-stats.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { toCustomerBooking, withFeedback } from "./booking-view.ts";
import { findOwnBooking } from "./customer-booking-access.ts";
import { dateOfColumn, venueNow } from "./venue-clock.ts";

const alreadyRated = () => conflict("You already rated this visit");

/**
 * A customer rates their own COMPLETED booking, once, up to `feedbackWindowDays` after its date
 * (venue-local). "Once" is the primary key's to enforce: of two concurrent ratings the second
 * insert fails on it, whatever the first check saw. The audit entry keeps the rating and whether
 * a comment came with it, not the comment's words.
 */
export async function rateBooking(deps: BookingDeps, actor: BookingActor, input: RateBookingInput): Promise<CustomerBooking> {
  const { timezone } = deps.services.config.business;
  const row = await withTransaction(deps.prisma, async (tx) => {
    const current = await findOwnBooking(tx, input.id, actor.id);
    if (current.status !== "COMPLETED") {
      throw conflict(`Only a completed visit can be rated; this booking is ${current.status}`, { currentStatus: current.status });
    }
    if (await tx.bookingFeedback.findUnique({ where: { bookingId: current.id }, select: { bookingId: true } })) throw alreadyRated();
    const lastDay = addDays(dateOfColumn(current.date), feedbackWindowDays);
    if (venueNow(timezone).date > lastDay) {
      throw appError("FORBIDDEN", `Visits can be rated for ${feedbackWindowDays} days; this one could be rated until ${formatLongDate(lastDay)}`);
    }
    await tx.bookingFeedback.create({
      data: { bookingId: current.id, customerId: actor.id, rating: input.rating, comment: input.comment ?? null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.rated",
      targetType: "booking",
      targetId: current.id,
      requestId: deps.requestId,
      changes: { rating: input.rating, withComment: Boolean(input.comment), reference: current.reference },
    });
    return tx.booking.findUniqueOrThrow({ where: { id: current.id }, include: withFeedback });
  }, { signal: deps.signal }).catch((error: unknown) => {
    // The only unique key this transaction can hit is the feedback's primary key.
    if (isUniqueViolation(error)) throw alreadyRated();
    throw error;
  });
  await invalidateDashboardStats(deps);
  return toCustomerBooking(row);
}
