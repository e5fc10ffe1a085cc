import type { CustomerBooking, StaffBooking } from "@slotted/validators";
import { notFound } from "../errors/index.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { toCustomerBooking, toStaffBooking, withCustomer, withFeedback } from "./booking-view.ts";

/** The caller's own booking by ID; another customer's is 404 (queried by ID and owner together). */
export async function findCustomerBooking(deps: BookingDeps, customerId: string, id: string): Promise<CustomerBooking> {
  const row = await deps.prisma.booking.findFirst({ where: { id, customerId }, include: withFeedback });
  if (!row) throw notFound("Booking");
  return toCustomerBooking(row);
}

/** Any booking by ID, with the customer and internal notes (staff). */
export async function findStaffBooking(deps: BookingDeps, id: string): Promise<StaffBooking> {
  const row = await deps.prisma.booking.findUnique({ where: { id }, include: withCustomer });
  if (!row) throw notFound("Booking");
  return toStaffBooking(row);
}
