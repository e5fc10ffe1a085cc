import type { Booking, Prisma } from "@slotted/db";
import { timeOfMinute, type CustomerBooking, type StaffBooking } from "@slotted/validators";
import { dateOfColumn } from "./venue-clock.ts";

/** The table fields staff views show next to a booking. */
export const bookingTableSelect = { select: { id: true, name: true, seats: true } } satisfies Prisma.VenueTableDefaultArgs;

/** What staff views load with each booking. */
export const withCustomer = {
  customer: { select: { id: true, name: true, email: true } },
  table: bookingTableSelect,
} satisfies Prisma.BookingInclude;
export type BookingWithCustomer = Prisma.BookingGetPayload<{ include: typeof withCustomer }>;

/** A customer's view: no internal notes, no customer record. */
export function toCustomerBooking(row: Booking): CustomerBooking {
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
  };
}

export function toStaffBooking(row: BookingWithCustomer): StaffBooking {
  return { ...toCustomerBooking(row), customer: row.customer, internalNotes: row.internalNotes, table: row.table };
}
