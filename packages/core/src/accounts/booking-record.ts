import type { PrismaClient } from "@slotted/db";

/** How reliable a customer has been, for staff: late cancellations and no-shows. */
export interface BookingRecord {
  lateCancellations: number;
  noShows: number;
}

/** One pass over the customer's bookings (index on customer_id) counting both. */
export async function bookingRecordOf(prisma: PrismaClient, customerId: string): Promise<BookingRecord> {
  const [row] = await prisma.$queryRaw<BookingRecord[]>`
    SELECT
      count(*) FILTER (WHERE "cancelled_late")::int AS "lateCancellations",
      count(*) FILTER (WHERE "status" = 'NO_SHOW')::int AS "noShows"
    FROM "bookings"
    WHERE "customer_id" = ${customerId}::uuid`;
  return row ?? { lateCancellations: 0, noShows: 0 };
}
