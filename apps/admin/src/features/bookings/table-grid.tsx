import { toUiError } from "@slotted/client";
import { Button, cn } from "@slotted/ui";
import { minuteOfTime } from "@slotted/validators";
import { useState, type ReactNode } from "react";
import { bookingAt, gridTables, type DaySheetBooking, type DaySheetData, type VenueTable } from "./table-occupancy.ts";
import { useAssignTable } from "./use-assign-table.ts";

interface TableGridProps {
  sheet: DaySheetData;
  tables: readonly VenueTable[];
  /** Called after a booking is taken off its table (the picker then offers it again). */
  onUnassigned: (booking: DaySheetBooking) => void;
}

const tableLabel = (table: VenueTable) => [table.name, `${table.seats} seats`, table.area].filter(Boolean).join(" · ");

/**
 * Tables × the day's slots: each active booking fills the cells of the slots it covers on its
 * table, so a free table at a time shows as an empty cell. Each booking can be taken off its table.
 */
export function TableGrid({ sheet, tables, onUnassigned }: TableGridProps) {
  const rows = gridTables(tables, sheet.bookings);
  const assign = useAssignTable();
  const [failure, setFailure] = useState<string | undefined>();

  const unassign = async (booking: DaySheetBooking) => {
    setFailure(undefined);
    try {
      await assign.mutateAsync({ id: booking.id, tableId: null });
      onUnassigned(booking);
    } catch (error) {
      setFailure(`${booking.reference} is still at its table: ${toUiError(error).message}`);
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <p role="alert" className="text-sm font-medium text-danger empty:hidden">
        {failure}
      </p>
      <div className="overflow-x-auto rounded-card border border-border bg-surface" role="region" aria-labelledby="table-grid-caption" tabIndex={0}>
        <table className="min-w-full border-collapse text-sm">
          <caption id="table-grid-caption" className="px-3 py-2 text-left font-semibold text-foreground">
            Tables by time
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-surface px-3 py-2 text-left font-medium">
                Table
              </th>
              {sheet.slots.map((slot) => (
                <th key={slot.time} scope="col" className="px-2 py-2 text-left font-medium tabular-nums text-muted-foreground">
                  {slot.time}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((table) => (
              <tr key={table.id} className="border-t border-border">
                <th scope="row" className="sticky left-0 bg-surface px-3 py-2 text-left font-medium whitespace-nowrap">
                  {tableLabel(table)}
                  {table.isActive ? null : <span className="ml-1 font-normal text-muted-foreground">(not in use)</span>}
                </th>
                {tableCells(sheet, table, (booking) => (
                  <BookingCell booking={booking} table={table} busy={assign.isPending && assign.variables.id === booking.id} onUnassign={() => void unassign(booking)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** One row's cells: a booking spans the slots it covers; a free slot is an empty cell named "Free". */
function tableCells(sheet: DaySheetData, table: VenueTable, renderBooking: (booking: DaySheetBooking) => ReactNode): ReactNode[] {
  const cells: ReactNode[] = [];
  const minutes = sheet.slots.map((slot) => minuteOfTime(slot.time));
  for (let index = 0; index < minutes.length; ) {
    const minute = minutes[index] ?? 0;
    const booking = bookingAt(sheet.bookings, table.id, minute, sheet.slotMinutes);
    if (!booking) {
      cells.push(
        <td key={minute} className="border-l border-border px-2 py-2">
          <span className="sr-only">Free</span>
        </td>,
      );
      index += 1;
      continue;
    }
    let span = 1;
    while (index + span < minutes.length && bookingAt(sheet.bookings, table.id, minutes[index + span] ?? 0, sheet.slotMinutes)?.id === booking.id) span += 1;
    cells.push(
      <td key={minute} colSpan={span} className="border-l border-border p-1">
        {renderBooking(booking)}
      </td>,
    );
    index += span;
  }
  return cells;
}

function BookingCell({ booking, table, busy, onUnassign }: { booking: DaySheetBooking; table: VenueTable; busy: boolean; onUnassign: () => void }) {
  return (
    <div className={cn("flex items-center justify-between gap-2 rounded-control bg-brand-50 px-2 py-1 text-brand-800")}>
      <span className="whitespace-nowrap">
        <span className="font-mono font-medium">{booking.reference}</span> · <span className="tabular-nums">{booking.partySize}</span>
        <span className="sr-only">
          {" "}
          guests, {booking.time}–{booking.endTime}
        </span>
      </span>
      <Button type="button" variant="ghost" size="sm" loading={busy} aria-label={`Unassign ${booking.reference} from ${table.name}`} onClick={onUnassign}>
        Unassign
      </Button>
    </div>
  );
}
