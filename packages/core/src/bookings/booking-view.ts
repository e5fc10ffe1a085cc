import type { Booking, Prisma } from "@slotted/db";
import { addDays, feedbackWindowDays, timeOfMinute, type CustomerBooking, type StaffBooking } from "@slotted/validators";
import { dateOfColumn } from "./venue-clock.ts";

/** The table fields staff views show next to a booking. */
export const bookingTableSelect = { select: { id: true, name: true, seats: true } } satisfies Prisma.VenueTableDefaultArgs;

/** What staff views load with each booking. */
export const withCustomer = {
  customer: { select: { id: true, name: true, email: true } },
  table: bookingTableSelect,
  feedback: true,
} satisfies Prisma.BookingInclude;
export type BookingWithCustomer = Prisma.BookingGetPayload<{ include: typeof withCustomer }>;

/** What customer reads load with each booking: the rating, if they gave one. */
export const withFeedback = { feedback: true } satisfies Prisma.BookingInclude;

/**
 * A booking row, with its feedback when loaded. Reads must load it (`withFeedback`, or staff's
 * `withCustomer`): only COMPLETED bookings can carry feedback, so the write paths of earlier
 * statuses may pass the bare row.
 */
export type BookingRow = Booking & { feedback?: Prisma.BookingGetPayload<{ include: typeof withFeedback }>["feedback"] };

/** The last venue-local day a COMPLETED, unrated booking may be rated; null otherwise. */
function ratingOpenUntil(row: BookingRow): string | null {
  if (row.status !== "COMPLETED" || row.feedback) return null;
  return addDays(dateOfColumn(row.date), feedbackWindowDays);
}

/** A customer's view: no internal notes, no customer record. */
export function toCustomerBooking(row: BookingRow): CustomerBooking {
  return {
    id: row.id,
    reference: row.reference,
    date: dateOfColumn(row.date),
    time: timeOfMinute(row.startMinute),
    endTime: timeOfMinute(row.startMinute + row.durationMinutes),
    durationMinutes: row.durationMinutes,
    partySize: row.partySize,
    status: row.status,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    specialRequests: row.specialRequests,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    feedback: row.feedback ? { rating: row.feedback.rating, comment: row.feedback.comment, createdAt: row.feedback.createdAt } : null,
    ratingOpenUntil: ratingOpenUntil(row),
  };
}

export function toStaffBooking(row: BookingWithCustomer): StaffBooking {
  return { ...toCustomerBooking(row), customer: row.customer, internalNotes: row.internalNotes, table: row.table, cancelledLate: row.cancelledLate };
}
