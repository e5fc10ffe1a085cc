import { FormServerError } from "@slotted/app-shell";
import { toUiError, useTRPC, type RouterOutputs } from "@slotted/client";
import { Button, Field, Input } from "@slotted/ui";
import { tableAreaMaxLength, tableNameMaxLength, tableSeatLimits } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type SubmitEvent } from "react";

export type VenueTable = RouterOutputs["tables"]["list"]["items"][number];

interface TableFormProps {
  /** The table being edited; none to add a new one. */
  table?: VenueTable;
  onDone: (saved: VenueTable) => void;
  onCancel?: () => void;
}

type FieldName = "name" | "seats" | "area";

/** "must be at most 40 characters" → "Name must be at most 40 characters"; full sentences stay as they are. */
const withLabel = (label: string, message: string | undefined) => (message && /^[a-z]/.test(message) ? `${label} ${message}` : message);

/**
 * Add or edit one table: name, seats, area, in use. The server has the last word (a duplicate
 * name is a 409 about `name`), and its message lands on the field it is about, which takes focus.
 */
export function TableForm({ table, onDone, onCancel }: TableFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(table?.name ?? "");
  const [seats, setSeats] = useState(table ? String(table.seats) : "");
  const [area, setArea] = useState(table?.area ?? "");
  const [isActive, setIsActive] = useState(table?.isActive ?? true);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const controls = { name: useRef<HTMLInputElement>(null), seats: useRef<HTMLInputElement>(null), area: useRef<HTMLInputElement>(null) };

  const onSuccess = async (saved: VenueTable) => {
    await queryClient.invalidateQueries({ queryKey: trpc.tables.list.queryKey() });
    onDone(saved);
  };
  const create = useMutation(trpc.tables.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.tables.update.mutationOptions({ onSuccess }));
  const saving = create.isPending || update.isPending;
  const failure = create.error ?? update.error;

  const showErrors = (found: Partial<Record<FieldName, string>>) => {
    setErrors(found);
    const first = (["name", "seats", "area"] as const).find((field) => found[field]);
    if (first) controls[first].current?.focus();
    return first !== undefined;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const seatCount = Number(seats);
    const local: Partial<Record<FieldName, string>> = {};
    if (name.trim() === "") local.name = "Name is required";
    if (!Number.isInteger(seatCount) || seatCount < tableSeatLimits.min || seatCount > tableSeatLimits.max || seats.trim() === "") {
      local.seats = `Seats must be a whole number from ${tableSeatLimits.min} to ${tableSeatLimits.max}`;
    }
    if (showErrors(local)) return;
    const fields = { name, seats: seatCount, area: area.trim() === "" ? null : area, isActive };
    try {
      if (table) await update.mutateAsync({ id: table.id, ...fields });
      else await create.mutateAsync(fields);
    } catch (error) {
      const { fieldErrors } = toUiError(error);
      showErrors({ name: withLabel("Name", fieldErrors.name), seats: withLabel("Seats", fieldErrors.seats), area: withLabel("Area", fieldErrors.area) });
    }
  };

  const fieldErrorShown = Object.values(errors).some(Boolean);
  const idPrefix = table ? `table-${table.id}` : "new-table";

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4" aria-label={table ? `Edit ${table.name}` : "Add a table"}>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_2fr]">
        <Field label="Name" required hint="A number or a name, e.g. 12 or Window 2" error={errors.name} id={`${idPrefix}-name`}>
          {(control) => <Input {...control} ref={controls.name} maxLength={tableNameMaxLength} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label="Seats" required error={errors.seats} id={`${idPrefix}-seats`}>
          {(control) => (
            <Input
              {...control}
              ref={controls.seats}
              type="number"
              inputMode="numeric"
              min={tableSeatLimits.min}
              max={tableSeatLimits.max}
              value={seats}
              onChange={(event) => setSeats(event.target.value)}
            />
          )}
        </Field>
        <Field label="Area" hint="Optional, e.g. Terrace" error={errors.area} id={`${idPrefix}-area`}>
          {(control) => <Input {...control} ref={controls.area} maxLength={tableAreaMaxLength} value={area} onChange={(event) => setArea(event.target.value)} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-foreground">
        <input type="checkbox" className="size-4" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} />
        In use (staff can seat bookings at it)
      </label>
      <FormServerError error={failure} shownOnFields={fieldErrorShown} title={table ? "The table was not saved" : "The table was not added"} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={saving}>
          {table ? "Save table" : "Add table"}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
