import type { Prisma } from "@slotted/db";
import type { CustomerBooking, ListBookingsInput, Paginated } from "@slotted/validators";
import { paginate } from "../pagination.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { toCustomerBooking, withFeedback } from "./booking-view.ts";
import { dateRangeWhere } from "./date-range-where.ts";

function rangeFilter(input: Pick<ListBookingsInput, "status" | "from" | "to">): Prisma.BookingWhereInput {
  return {
    ...(input.status && input.status.length > 0 ? { status: { in: input.status } } : {}),
    ...dateRangeWhere(input.from, input.to),
  };
}

const byDate = (order: Prisma.SortOrder): Prisma.BookingOrderByWithRelationInput[] => [{ date: order }, { startMinute: order }, { id: order }];

/** The caller's bookings (index: customer_id, date, start_minute), in date order. */
export function listCustomerBookings(deps: BookingDeps, customerId: string, input: ListBookingsInput): Promise<Paginated<CustomerBooking>> {
  const where: Prisma.BookingWhereInput = { customerId, ...rangeFilter(input) };
  return paginate(input, {
    count: () => deps.prisma.booking.count({ where }),
    findPage: async ({ skip, take }) =>
      (await deps.prisma.booking.findMany({ where, include: withFeedback, orderBy: byDate(input.order), skip, take })).map(toCustomerBooking),
  });
}
