import { withTransaction } from "@slotted/db";
import type { CustomerBooking, UpdateBookingInput } from "@slotted/validators";
import { assertSlotCapacity } from "./assert-slot-capacity.ts";
import { invalidateBookingCaches } from "./booking-caches.ts";
import type { BookingActor, BookingDeps } from "./booking-deps.ts";
import { lockBookingDates } from "./booking-locks.ts";
import { toCustomerBooking } from "./booking-view.ts";
import { parseContactPhone } from "./contact-phone.ts";
import { assertCustomerMayChange, findOwnBooking } from "./customer-booking-access.ts";
import { invalidBookingInput } from "./invalid-booking-input.ts";
import { dateOfColumn, venueNow } from "./venue-clock.ts";
import { assertVersion, writeVersioned } from "./versioned-write.ts";

/**
 * A customer edits party size, contact details or special requests of their own booking while
 * it is PENDING/CONFIRMED and not started. A larger party is re-checked against capacity under
 * the date's lock; the write is guarded by the version the client loaded.
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
    assertCustomerMayChange(current, venueNow(business.timezone), "changed");
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
    return writeVersioned(tx, current, {
      partySize: input.partySize,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone,
      specialRequests: input.specialRequests,
    });
  });
  await invalidateBookingCaches(deps, [dateOfColumn(row.date)]);
  return toCustomerBooking(row);
}
