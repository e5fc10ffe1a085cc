import type { RouterOutputs } from "@slotted/client";
import { activeBookingStatuses, minuteOfTime } from "@slotted/validators";

export type DaySheetData = RouterOutputs["bookings"]["daySheet"];
export type DaySheetBooking = DaySheetData["bookings"][number];
export type VenueTable = RouterOutputs["tables"]["list"]["items"][number];

/** Bookings that hold a place at the venue: the only ones a table is kept for. */
export const holdsTable = (booking: DaySheetBooking) => activeBookingStatuses.some((status) => status === booking.status);

const startOf = (booking: DaySheetBooking) => minuteOfTime(booking.time);
const endOf = (booking: DaySheetBooking) => minuteOfTime(booking.time) + booking.durationMinutes;

/** The active booking at `table` during the slot starting at `minute`, if any. */
export function bookingAt(bookings: readonly DaySheetBooking[], tableId: string, minute: number, slotMinutes: number): DaySheetBooking | undefined {
  return bookings.find((booking) => booking.table?.id === tableId && holdsTable(booking) && startOf(booking) < minute + slotMinutes && endOf(booking) > minute);
}

/** True when another active booking holds `table` at any time `booking` needs it. */
export function tableBusyFor(bookings: readonly DaySheetBooking[], tableId: string, booking: DaySheetBooking): boolean {
  return bookings.some(
    (other) => other.id !== booking.id && other.table?.id === tableId && holdsTable(other) && startOf(other) < endOf(booking) && endOf(other) > startOf(booking),
  );
}

/** The grid's rows: tables in use, plus any table out of use that still holds a booking today. */
export function gridTables(tables: readonly VenueTable[], bookings: readonly DaySheetBooking[]): VenueTable[] {
  const held = new Set(bookings.filter(holdsTable).flatMap((booking) => (booking.table ? [booking.table.id] : [])));
  return tables.filter((table) => table.isActive || held.has(table.id));
}
