import { formatGuests } from "@slotted/app-shell";
import { forwardRef } from "react";
import { holdsTable, type DaySheetBooking, type DaySheetData, type VenueTable } from "./table-occupancy.ts";
import { TablePicker } from "./table-picker.tsx";

interface UnassignedBookingsProps {
  sheet: DaySheetData;
  tables: readonly VenueTable[];
  onAssigned: (booking: DaySheetBooking, table: VenueTable) => void;
}

/** The day's active bookings without a table, each with a picker. The heading takes focus after an assignment. */
export const UnassignedBookings = forwardRef<HTMLHeadingElement, UnassignedBookingsProps>(function UnassignedBookings({ sheet, tables, onAssigned }, heading) {
  const waiting = sheet.bookings.filter((booking) => holdsTable(booking) && booking.table === null);
  return (
    <section aria-labelledby="unassigned-heading" className="flex flex-col gap-3">
      <h3 id="unassigned-heading" ref={heading} tabIndex={-1} className="text-base font-semibold text-foreground outline-none">
        Bookings without a table ({waiting.length})
      </h3>
      {waiting.length === 0 ? (
        <p className="text-sm text-muted-foreground">Every pending, confirmed or seated booking today has a table.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {waiting.map((booking) => (
            <li key={booking.id} className="flex flex-col gap-2 rounded-control border border-border px-3 py-2 lg:flex-row lg:items-start lg:justify-between">
              <p className="text-sm lg:mt-7">
                <span className="tabular-nums">
                  {booking.time}–{booking.endTime}
                </span>{" "}
                <span className="font-mono font-medium">{booking.reference}</span> · {booking.contactName} · {formatGuests(booking.partySize)}
              </p>
              <TablePicker booking={booking} sheet={sheet} tables={tables} onAssigned={onAssigned} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
