import type { Booking, TransactionClient } from "@slotted/db";
import { timeOfMinute } from "@slotted/validators";
import type { JobQueue } from "./job-queue.ts";
import { venueInstant } from "./venue-instant.ts";

const reminderLeadMs = 24 * 60 * 60 * 1000;

type BookingSlot = Pick<Booking, "id" | "date" | "startMinute">;

/**
 * Schedules the day-before reminder for the booking's current date and time, when that moment
 * is still ahead (a booking made for tonight gets none: its confirmation is reminder enough).
 */
async function scheduleReminder(queue: JobQueue, tx: TransactionClient, booking: BookingSlot, timeZone: string, now: Date): Promise<void> {
  const date = booking.date.toISOString().slice(0, 10);
  const startsAt = venueInstant(timeZone, date, booking.startMinute);
  const remindAt = new Date(startsAt.getTime() - reminderLeadMs);
  if (remindAt <= now) return;
  await queue.enqueue(tx, "booking-reminder", { bookingId: booking.id, date, time: timeOfMinute(booking.startMinute) }, { startAfter: remindAt });
}

/** In the create's transaction: the "we have your booking" mail and the reminder. */
export async function notifyBookingCreated(queue: JobQueue, tx: TransactionClient, booking: BookingSlot, timeZone: string, now = new Date()): Promise<void> {
  await queue.enqueue(tx, "booking-mail", { bookingId: booking.id, event: "received" });
  await scheduleReminder(queue, tx, booking, timeZone, now);
}

/** In the reschedule's transaction: the mail naming the old time, and a reminder for the new one. */
export async function notifyBookingRescheduled(
  queue: JobQueue,
  tx: TransactionClient,
  booking: BookingSlot,
  previous: Pick<Booking, "date" | "startMinute">,
  timeZone: string,
  now = new Date(),
): Promise<void> {
  const before = { date: previous.date.toISOString().slice(0, 10), time: timeOfMinute(previous.startMinute) };
  await queue.enqueue(tx, "booking-mail", { bookingId: booking.id, event: "rescheduled", previous: before });
  // The old time's reminder finds the booking moved and sends nothing.
  await scheduleReminder(queue, tx, booking, timeZone, now);
}

/** In the status change's transaction: confirmed and cancelled are worth a mail; the rest are the venue's own business. */
export async function notifyBookingStatusChanged(
  queue: JobQueue,
  tx: TransactionClient,
  booking: Pick<Booking, "id">,
  status: Booking["status"],
  byVenue: boolean,
): Promise<void> {
  if (status === "CONFIRMED") await queue.enqueue(tx, "booking-mail", { bookingId: booking.id, event: "confirmed" });
  if (status === "CANCELLED") await queue.enqueue(tx, "booking-mail", { bookingId: booking.id, event: "cancelled", byVenue });
}

/**
 * In an account deletion's transaction, before the booking's contact details are erased: the
 * cancellation mail carries the address and name it must use, since the row will no longer.
 */
export async function notifyBookingCancelledWithAccount(
  queue: JobQueue,
  tx: TransactionClient,
  booking: Pick<Booking, "id" | "contactEmail" | "contactName">,
): Promise<void> {
  await queue.enqueue(tx, "booking-mail", {
    bookingId: booking.id,
    event: "cancelled",
    byVenue: false,
    recipient: { email: booking.contactEmail, name: booking.contactName },
  });
}
