import { toUiError, useRateLimitHold, useTRPC } from "@slotted/client";
import { Button, Field, Select } from "@slotted/ui";
import { bookingDateIssue, bookingSlotIssues } from "@slotted/validators";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { DatePicker, DurationOptions, durationChoices, horizonDate, SlotPicker, slotOptions, venueRules, type Venue } from "../booking";
import { ErrorNotice, formatGuests, formatLongDate, venueClock } from "@slotted/app-shell";
import type { CustomerBooking } from "./change-lock.ts";

interface ReschedulePanelProps {
  booking: CustomerBooking;
  venue: Venue;
  onMoved: (booking: CustomerBooking) => void;
  onClose: () => void;
  /** Answers true when a 409 was a stale version (the page then shows what changed). */
  explainConflict: (error: unknown) => Promise<boolean>;
}

type SlotField = "date" | "time" | "durationMinutes";

/** Pick a new date and one of its free times (the booking's own places count as free). */
export function ReschedulePanel({ booking, venue, onMoved, onClose, explainConflict }: ReschedulePanelProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const rules = venueRules(venue);
  const clock = venueClock(venue.timezone);
  const durations = durationChoices(venue);

  const [date, setDate] = useState(booking.date);
  const [time, setTime] = useState<string | undefined>(undefined);
  const [durationMinutes, setDurationMinutes] = useState(booking.durationMinutes);
  const [errors, setErrors] = useState<Partial<Record<SlotField, string>>>({});
  const hold = useRateLimitHold("bookings.reschedule");

  const dateIssue = bookingDateIssue(rules, date, clock);
  const availability = useQuery(trpc.bookings.availability.queryOptions(dateIssue ? skipToken : { date }, { staleTime: 15_000 }));
  const options = availability.data
    ? slotOptions({
        date,
        slots: availability.data.slots,
        partySize: booking.partySize,
        durationMinutes,
        rules,
        now: clock,
        ownBooking: booking,
      }).map((option) =>
        date === booking.date && option.time === booking.time && durationMinutes === booking.durationMinutes
          ? { ...option, available: false, reason: "Your booking" }
          : option,
      )
    : undefined;

  const move = useMutation(
    trpc.bookings.reschedule.mutationOptions({
      onSuccess: async (moved) => {
        queryClient.setQueryData(trpc.bookings.byId.queryKey({ id: moved.id }), moved);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.bookings.availability.pathKey() }),
        ]);
        onMoved(moved);
      },
    }),
  );

  const submit = async () => {
    if (!time) {
      setErrors({ time: "Choose a new start time." });
      return;
    }
    const issues = bookingSlotIssues(rules, { date, time, durationMinutes }, clock);
    if (issues.length > 0) {
      setErrors(Object.fromEntries(issues.map((issue) => [issue.path, `${labelOf(issue.path)} ${issue.message}`])));
      return;
    }
    setErrors({});
    try {
      await move.mutateAsync({ id: booking.id, date, time, durationMinutes, version: booking.version });
    } catch (error) {
      if (await explainConflict(error)) {
        onClose();
        return;
      }
      const ui = toUiError(error);
      if (ui.status === 409) {
        setErrors({ time: ui.message });
        setTime(undefined);
        await queryClient.invalidateQueries({ queryKey: trpc.bookings.availability.pathKey() });
        return;
      }
      const fieldErrors: Partial<Record<SlotField, string>> = {};
      for (const field of ["date", "time", "durationMinutes"] as const) {
        const message = ui.fieldErrors[field];
        if (message) fieldErrors[field] = `${labelOf(field)} ${message}`;
      }
      setErrors(fieldErrors);
    }
  };

  const general = move.error && Object.keys(errors).length === 0 && toUiError(move.error).status !== 429 ? move.error : null;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-6 rounded-card border border-border bg-surface p-5 shadow-sm">
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="text-lg font-semibold text-foreground">
          Move this booking
        </h2>
        <p className="text-sm text-muted-foreground">
          Choose a new date and time for {formatGuests(booking.partySize)}. Your current place is kept until the move succeeds.
        </p>
      </div>
      <div className="grid gap-6 md:grid-cols-[auto_1fr]">
        <DatePicker
          label="New date"
          value={date}
          min={clock.date}
          max={horizonDate(venue, clock.date)}
          error={errors.date ?? (dateIssue ? `Date ${dateIssue.message}` : undefined)}
          onChange={(value) => {
            setDate(value);
            setTime(undefined);
            setErrors({});
          }}
        />
        <div className="md:max-w-xs">
          <Field label="How long" error={errors.durationMinutes}>
            {(control) => (
              <Select
                {...control}
                value={String(durationMinutes)}
                onChange={(event) => {
                  setDurationMinutes(Number(event.target.value));
                  setTime(undefined);
                }}
              >
                <DurationOptions choices={durations} />
              </Select>
            )}
          </Field>
        </div>
      </div>
      {dateIssue ? null : availability.isError ? (
        <ErrorNotice error={availability.error} title="We couldn't load the times for this date" onRetry={() => void availability.refetch()} />
      ) : (
        <SlotPicker
          legend={`New start time on ${formatLongDate(date)}`}
          options={options}
          value={time}
          error={errors.time}
          emptyMessage="No other time on this date has room for this booking. Try another date or a shorter stay."
          onChange={(value) => {
            setTime(value);
            setErrors({});
          }}
        />
      )}
      {general ? <ErrorNotice error={general} title="The booking was not moved" /> : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" loading={move.isPending} disabled={hold !== null} onClick={() => void submit()}>
          Move booking
        </Button>
        <Button type="button" variant="secondary" disabled={move.isPending} onClick={onClose}>
          Keep the current time
        </Button>
      </div>
      {hold ? <p className="text-sm text-muted-foreground">Changes are paused for a moment after too many attempts: see the notice above.</p> : null}
    </section>
  );
}

function labelOf(field: SlotField): string {
  return field === "date" ? "Date" : field === "time" ? "Time" : "Length";
}
