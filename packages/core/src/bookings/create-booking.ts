import { withTransaction } from "@slotted/db";
import { notifyBookingCreated } from "@slotted/jobs";
import { bookingSlotIssues, minuteOfTime, type CreateBookingInput, type CustomerBooking } from "@slotted/validators";
import { assertSlotCapacity, type SlotClaim } from "./assert-slot-capacity.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import { retryOnReferenceCollision } from "./booking-conflicts.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { lockBookingDates } from "./booking-locks.ts";
import { generateBookingReference } from "./booking-reference.ts";
import { toCustomerBooking } from "./booking-view.ts";
import { parseContactPhone } from "./contact-phone.ts";
import { inCreateTurn } from "./create-turns.ts";
import { refuseFullSlotEarly } from "./refuse-full-slot-early.ts";
import {
  claimIdempotencyKey,
  payloadHash,
  purgeExpiredIdempotencyKeys,
  rememberIdempotencyKey,
  resolveIdempotencyKey,
} from "./idempotency.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";
import { dateColumn, venueNow, venueRules } from "./venue-clock.ts";

export interface CreatedBooking {
  booking: CustomerBooking;
  /** True when an earlier request with the same idempotency key already created it. */
  replayed: boolean;
}

/**
 * Books a slot for the actor. A lock-free read refuses a slot that is already full; creates on one
 * date then take turns in this process (see `inCreateTurn`), each in one transaction: the
 * idempotency key's lock and lookup, the date's lock, the capacity check, the insert (the partial
 * unique index refuses a second active booking of the same customer slot) and the key's record
 * commit together or not at all.
 */
export async function createBooking(
  deps: BookingDeps,
  actor: BookingActor,
  input: CreateBookingInput,
  headerKey: string | undefined,
): Promise<CreatedBooking> {
  const { business } = deps.services.config;
  const key = resolveIdempotencyKey(headerKey, input.idempotencyKey);
  const phone = parseContactPhone(input.contactPhone, business.phoneRegion);
  const issues = [...bookingSlotIssues(venueRules(business), input, venueNow(business.timezone)), ...(phone.ok ? [] : [phone.issue])];
  if (issues.length > 0 || !phone.ok) throw invalidBookingInput(issues);

  const { idempotencyKey: _key, ...payload } = input;
  const idempotent = key ? { userId: actor.id, key, hash: payloadHash(payload) } : undefined;
  const claim: SlotClaim = {
    date: input.date,
    startMinute: minuteOfTime(input.time),
    durationMinutes: input.durationMinutes,
    partySize: input.partySize,
    capacity: business.slotCapacity,
  };

  const writeBooking = () =>
    retryOnReferenceCollision(() =>
      withTransaction(deps.prisma, async (tx) => {
        const now = new Date();
        if (idempotent) {
          const earlier = await claimIdempotencyKey(tx, idempotent, now);
          if (earlier) return { row: earlier, replayed: true };
        }
        await lockBookingDates(tx, [input.date]);
        await assertSlotCapacity(tx, claim);
        const row = await tx.booking.create({
          data: {
            reference: generateBookingReference(),
            customerId: actor.id,
            date: dateColumn(input.date),
            startMinute: claim.startMinute,
            durationMinutes: input.durationMinutes,
            partySize: input.partySize,
            status: business.autoConfirm ? "CONFIRMED" : "PENDING",
            contactName: input.contactName ?? actor.name,
            contactEmail: input.contactEmail ?? actor.email,
            contactPhone: phone.e164,
            specialRequests: input.specialRequests ?? null,
          },
        });
        if (idempotent) await rememberIdempotencyKey(tx, idempotent, row.id, now);
        // The confirmation mail and reminder commit with the booking, or not at all.
        await notifyBookingCreated(deps.services.jobs, tx, row, business.timezone, now);
        return { row, replayed: false };
      }, { signal: deps.signal }),
    );
  // A full slot is refused from a shared lock-free read, before and while waiting for the date's turn.
  const refuseIfFull = () => refuseFullSlotEarly(deps.prisma, claim, idempotent);
  const result = await inCreateTurn(deps.prisma, input.date, refuseIfFull, writeBooking, deps.signal);
  if (!result.replayed) await invalidateBookingCaches(deps, [input.date]);
  if (idempotent) await purgeExpiredIdempotencyKeys(deps.prisma, deps.log, actor.id);
  return { booking: toCustomerBooking(result.row), replayed: result.replayed };
}
