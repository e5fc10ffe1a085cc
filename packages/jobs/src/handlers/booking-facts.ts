import type { Booking } from "@slotted/db";
import type { BookingFacts } from "@slotted/mail";
import { timeOfMinute } from "@slotted/validators";

/** The part of a booking row a mail shows, in the venue's own date and time. */
export function bookingFacts(booking: Booking): BookingFacts {
  return {
    id: booking.id,
    reference: booking.reference,
    date: booking.date.toISOString().slice(0, 10),
    time: timeOfMinute(booking.startMinute),
    durationMinutes: booking.durationMinutes,
    partySize: booking.partySize,
    contactName: booking.contactName,
    status: booking.status,
  };
}
