import { formatGuests } from "@slotted/app-shell";
import { toUiError } from "@slotted/client";
import { Button, Field, Select } from "@slotted/ui";
import { useRef, useState, type SubmitEvent } from "react";
import { tableBusyFor, type DaySheetBooking, type DaySheetData, type VenueTable } from "./table-occupancy.ts";
import { useAssignTable } from "./use-assign-table.ts";

interface TablePickerProps {
  booking: DaySheetBooking;
  sheet: DaySheetData;
  tables: readonly VenueTable[];
  onAssigned: (booking: DaySheetBooking, table: VenueTable) => void;
}

/**
 * A labelled select of the tables in use that seat the party (those already taken at its time are
 * listed but disabled), and "Assign". A refusal from the server (the table was taken meanwhile,
 * too small…) shows under the select, which takes focus back so another table can be picked.
 */
export function TablePicker({ booking, sheet, tables, onAssigned }: TablePickerProps) {
  const assign = useAssignTable();
  const select = useRef<HTMLSelectElement>(null);
  const fitting = tables.filter((table) => table.isActive && table.seats >= booking.partySize);
  const firstFree = fitting.find((table) => !tableBusyFor(sheet.bookings, table.id, booking));
  const [tableId, setTableId] = useState(firstFree?.id ?? "");
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const table = fitting.find((candidate) => candidate.id === tableId);
    if (!table) {
      setError("Choose a table first");
      select.current?.focus();
      return;
    }
    setError(undefined);
    try {
      await assign.mutateAsync({ id: booking.id, tableId: table.id });
      onAssigned(booking, table);
    } catch (failure) {
      const ui = toUiError(failure);
      setError(ui.fieldErrors.tableId ?? ui.message);
      select.current?.focus();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
      <Field label={`Table for ${booking.reference}`} error={error} className="sm:w-72">
        {(control) => (
          <Select {...control} ref={select} value={tableId} onChange={(event) => setTableId(event.target.value)} disabled={fitting.length === 0}>
            <option value="">{fitting.length === 0 ? `No table seats ${formatGuests(booking.partySize)}` : "Choose a table"}</option>
            {fitting.map((table) => {
              const busy = tableBusyFor(sheet.bookings, table.id, booking);
              return (
                <option key={table.id} value={table.id} disabled={busy}>
                  {table.name} · {table.seats} seats{table.area ? ` · ${table.area}` : ""}
                  {busy ? " (taken then)" : ""}
                </option>
              );
            })}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" className="sm:mt-7" loading={assign.isPending} disabled={fitting.length === 0}>
        Assign
      </Button>
    </form>
  );
}
