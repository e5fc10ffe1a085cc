import { Prisma, withTransaction } from "@slotted/db";
import { timeOfMinute, type DaySheet } from "@slotted/validators";
import { bookedPerSlot } from "./booked-per-slot.ts";
import type { BookingDeps } from "./booking-deps.ts";
import { bookingTableSelect } from "./booking-view.ts";
import { dateColumn } from "./venue-clock.ts";

/**
 * Staff's view of one day, any day (past ones too: no bookable-window check): covers booked and
 * left per slot, and every booking of the day in every status. Read live, never cached, and from
 * one snapshot, so the slot totals always add up to the listed active bookings.
 */
export function readDaySheet(deps: BookingDeps, date: string): Promise<DaySheet> {
  const { business } = deps.services.config;
  return withTransaction(
    deps.prisma,
    async (tx) => {
      const slots = await bookedPerSlot(tx, business, date);
      const rows = await tx.booking.findMany({
        where: { date: dateColumn(date) },
        orderBy: [{ startMinute: "asc" }, { reference: "asc" }],
        select: {
          id: true,
          reference: true,
          startMinute: true,
          durationMinutes: true,
          partySize: true,
          status: true,
          contactName: true,
          internalNotes: true,
          table: bookingTableSelect,
        },
      });
      return {
        date,
        slotMinutes: business.slotMinutes,
        capacity: business.slotCapacity,
        slots: slots.map(({ minute, booked }) => ({
          time: timeOfMinute(minute),
          booked,
          remaining: Math.max(0, business.slotCapacity - booked),
        })),
        bookings: rows.map(({ startMinute, ...row }) => ({
          ...row,
          time: timeOfMinute(startMinute),
          endTime: timeOfMinute(startMinute + row.durationMinutes),
        })),
      };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
}
