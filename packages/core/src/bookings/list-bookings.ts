import type { Prisma } from "@slotted/db";
import type { AdminListBookingsInput, CustomerBooking, ListBookingsInput, Paginated, StaffBooking } from "@slotted/validators";
import { paginate } from "../pagination.ts";
import { containsText } from "../text-search.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { toCustomerBooking, toStaffBooking, withCustomer } from "./booking-view.ts";
import { dateColumn } from "./venue-clock.ts";

function rangeFilter(input: Pick<ListBookingsInput, "status" | "from" | "to">): Prisma.BookingWhereInput {
  return {
    ...(input.status && input.status.length > 0 ? { status: { in: input.status } } : {}),
    ...(input.from || input.to
      ? { date: { ...(input.from ? { gte: dateColumn(input.from) } : {}), ...(input.to ? { lte: dateColumn(input.to) } : {}) } }
      : {}),
  };
}

const byDate = (order: Prisma.SortOrder): Prisma.BookingOrderByWithRelationInput[] => [{ date: order }, { startMinute: order }, { id: order }];

/** The caller's bookings (index: customer_id, date, start_minute), in date order. */
export function listCustomerBookings(deps: BookingDeps, customerId: string, input: ListBookingsInput): Promise<Paginated<CustomerBooking>> {
  const where: Prisma.BookingWhereInput = { customerId, ...rangeFilter(input) };
  return paginate(input, {
    count: () => deps.prisma.booking.count({ where }),
    findPage: async ({ skip, take }) =>
      (await deps.prisma.booking.findMany({ where, orderBy: byDate(input.order), skip, take })).map(toCustomerBooking),
  });
}

function adminOrder(input: AdminListBookingsInput): Prisma.BookingOrderByWithRelationInput[] {
  const order = input.order;
  switch (input.sort) {
    case "createdAt":
      return [{ createdAt: order }, { id: order }];
    case "reference":
      return [{ reference: order }];
    case "partySize":
      return [{ partySize: order }, ...byDate(order)];
    case "date":
      return byDate(order);
  }
}

/**
 * Every booking for staff: status, date range, customer, and a case-insensitive, literal search
 * (`%` and `_` match themselves) over reference, contact name and email. The (date, status) and
 * (status, date) indexes narrow the rows first; the contains-match then filters that range (a
 * trigram index would need an extension the embedded database does not load).
 */
export function listStaffBookings(deps: BookingDeps, input: AdminListBookingsInput): Promise<Paginated<StaffBooking>> {
  const search = input.search;
  const where: Prisma.BookingWhereInput = {
    ...rangeFilter(input),
    ...(input.customerId ? { customerId: input.customerId } : {}),
    ...(search
      ? {
          OR: [
            { reference: containsText(search) },
            { contactName: containsText(search) },
            { contactEmail: containsText(search) },
          ],
        }
      : {}),
  };
  return paginate(input, {
    count: () => deps.prisma.booking.count({ where }),
    findPage: async ({ skip, take }) =>
      (await deps.prisma.booking.findMany({ where, include: withCustomer, orderBy: adminOrder(input), skip, take })).map(toStaffBooking),
  });
}
