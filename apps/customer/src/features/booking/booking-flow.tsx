import { zodResolver } from "@hookform/resolvers/zod";
import { toUiError, useRateLimitHold, useTRPC, type RouterOutputs } from "@slotted/client";
import { Button, Field, Select } from "@slotted/ui";
import { bookingDateIssue } from "@slotted/validators";
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch, type Path } from "react-hook-form";
import { applyFieldErrors, ErrorNotice, fieldMessage, formatDuration, formatGuests, venueClock } from "@slotted/app-shell";
import type { BookSearch } from "./book-search.ts";
import { BookingReview } from "./booking-review.tsx";
import { bookingFormFields, bookingFormSchema, type BookingDraft, type BookingFormValues } from "./booking-form-schema.ts";
import { ContactFields } from "./contact-fields.tsx";
import { DatePicker } from "./date-picker.tsx";
import { DurationOptions } from "./duration-options.tsx";
import { SlotPicker } from "./slot-picker.tsx";
import { slotOptions } from "./slot-options.ts";
import { useCreateBooking, type CreateBookingRequest } from "./use-create-booking.ts";
import type { Venue } from "./venue.ts";
import { durationChoices, horizonDate, partySizeChoices, venueRules } from "./venue-rules.ts";

type Booking = RouterOutputs["bookings"]["create"];

interface BookingFlowProps {
  venue: Venue;
  search: BookSearch;
  /** Mirrors the slot choices into the URL (replacing the entry, so Back leaves the page). */
  onSearchChange: (search: BookSearch) => void;
  contactDefaults: { name: string; email: string };
  onBooked: (booking: Booking) => void;
}

const slotFields = ["date", "time", "partySize", "durationMinutes"] as const;

function pick<T extends number>(value: T | undefined, choices: readonly T[], fallback: T): T {
  return value !== undefined && choices.includes(value) ? value : fallback;
}

function firstFieldWithError(fieldErrors: Record<string, string>) {
  return bookingFormFields.find((field) => fieldErrors[field] !== undefined);
}

function toRequest(draft: BookingDraft): CreateBookingRequest {
  return {
    date: draft.date,
    time: draft.time,
    partySize: draft.partySize,
    durationMinutes: draft.durationMinutes,
    contactName: draft.contactName,
    contactEmail: draft.contactEmail,
    contactPhone: draft.contactPhone,
    specialRequests: draft.specialRequests ?? undefined,
  };
}

/**
 * Date and party → a time with room → contact details → review → confirm. The form runs the
 * server's schema and venue rules; the server's answers land on the same fields.
 */
export function BookingFlow({ venue, search, onSearchChange, contactDefaults, onBooked }: BookingFlowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const schema = useMemo(() => bookingFormSchema(venue), [venue]);
  const rules = useMemo(() => venueRules(venue), [venue]);
  const parties = useMemo(() => partySizeChoices(venue), [venue]);
  const durations = useMemo(() => durationChoices(venue), [venue]);
  const clock = venueClock(venue.timezone);
  const horizon = horizonDate(venue, clock.date);

  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      date: search.date ?? "",
      time: search.time ?? "",
      partySize: pick(search.party, parties, pick(2, parties, venue.partySize.min)),
      durationMinutes: pick(search.duration, durations, venue.durationMinutes.default),
      contactName: contactDefaults.name,
      contactEmail: contactDefaults.email,
      contactPhone: "",
      specialRequests: "",
    } satisfies BookingFormValues,
  });
  const { errors } = form.formState;
  const [date, time, partySize, durationMinutes] = useWatch({ control: form.control, name: [...slotFields] });
  const duration = durationMinutes ?? venue.durationMinutes.default;

  const dateIssue = date ? bookingDateIssue(rules, date, clock) : undefined;
  const availability = useQuery(
    trpc.bookings.availability.queryOptions(date && !dateIssue ? { date } : skipToken, { staleTime: 15_000 }),
  );
  const optionsFor = (party: number, minutes: number) =>
    availability.data
      ? slotOptions({ date, slots: availability.data.slots, partySize: party, durationMinutes: minutes, rules, now: clock })
      : undefined;
  const options = optionsFor(partySize, duration);

  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const create = useCreateBooking();
  const hold = useRateLimitHold("bookings.create");
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterEdit = useRef<Path<BookingFormValues> | null>(null);

  // The review replaces the form (and back): move focus with it so nobody is left on <body>.
  useEffect(() => {
    if (draft) {
      reviewHeading.current?.focus();
    } else if (focusAfterEdit.current) {
      form.setFocus(focusAfterEdit.current);
      focusAfterEdit.current = null;
    }
  }, [draft, form]);

  const mirror = (patch: Partial<Pick<BookingFormValues, "date" | "time" | "partySize" | "durationMinutes">>) => {
    const next = { date, time, partySize, durationMinutes: duration, ...patch };
    onSearchChange({
      date: next.date || undefined,
      time: next.time || undefined,
      party: next.partySize,
      duration: next.durationMinutes,
    });
  };

  /** A new party size or length may no longer fit the chosen time: free it and say why. */
  const keepTimeIfItFits = (party: number, minutes: number): string => {
    if (!time) return time;
    const chosen = optionsFor(party, minutes)?.find((option) => option.time === time);
    if (!chosen || chosen.available) return time;
    form.setValue("time", "");
    form.setError("time", {
      type: "fit",
      message: `${time} has no room for ${formatGuests(party)} for ${formatDuration(minutes)}. Choose another time.`,
    });
    return "";
  };

  const backToForm = (field: Path<BookingFormValues>) => {
    focusAfterEdit.current = field;
    setDraft(null);
  };

  const confirm = async (booking: BookingDraft) => {
    try {
      onBooked(await create.confirm(toRequest(booking)));
    } catch (error) {
      const ui = toUiError(error);
      if (ui.status === 409) {
        // No room any more, or already booked at that time: the answer is about the time.
        form.setError("time", { type: "server", message: ui.message });
        backToForm("time");
        void queryClient.invalidateQueries({ queryKey: trpc.bookings.availability.pathKey() });
        return;
      }
      const first = firstFieldWithError(ui.fieldErrors);
      if (first) {
        applyFieldErrors(form.setError, ui.fieldErrors, bookingFormFields);
        backToForm(first);
      }
      // Anything else (server down after retries, offline) stays on the review with the error.
    }
  };
  const failure = create.error ? toUiError(create.error) : null;
  // 409s and field errors are shown on the form; a 429 by the countdown banner.
  const reviewError =
    failure && failure.status !== 409 && failure.status !== 429 && firstFieldWithError(failure.fieldErrors) === undefined ? create.error : null;

  if (draft) {
    return (
      <BookingReview
        draft={draft}
        cancelCutoffMinutes={venue.cancelCutoffMinutes}
        headingRef={reviewHeading}
        pending={create.isPending}
        error={reviewError}
        held={hold !== null}
        onConfirm={() => void confirm(draft)}
        onEdit={() => backToForm("contactName")}
      />
    );
  }

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(setDraft)(event)} className="flex flex-col gap-10">
      <section aria-labelledby="when-heading" className="flex flex-col gap-4">
        <h2 id="when-heading" className="text-xl font-semibold text-foreground">
          1. Date and party
        </h2>
        <div className="grid gap-6 md:grid-cols-[auto_1fr]">
          <Controller
            control={form.control}
            name="date"
            render={({ field }) => (
              <DatePicker
                label="Date"
                focusRef={field.ref}
                value={field.value || undefined}
                min={clock.date}
                max={horizon}
                error={fieldMessage("Date", errors.date) ?? (dateIssue ? `Date ${dateIssue.message}` : undefined)}
                onChange={(value) => {
                  field.onChange(value);
                  form.setValue("time", "");
                  form.clearErrors(["date", "time"]);
                  mirror({ date: value, time: "" });
                }}
              />
            )}
          />
          <div className="flex flex-col gap-4 md:max-w-xs">
            <Controller
              control={form.control}
              name="partySize"
              render={({ field }) => (
                <Field label="Guests" error={fieldMessage("Guests", errors.partySize)}>
                  {(control) => (
                    <Select
                      {...control}
                      ref={field.ref}
                      name={field.name}
                      value={String(field.value)}
                      onBlur={field.onBlur}
                      onChange={(event) => {
                        const party = Number(event.target.value);
                        field.onChange(party);
                        mirror({ partySize: party, time: keepTimeIfItFits(party, duration) });
                      }}
                    >
                      {parties.map((size) => (
                        <option key={size} value={size}>
                          {formatGuests(size)}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              )}
            />
            <Controller
              control={form.control}
              name="durationMinutes"
              render={({ field }) => (
                <Field label="How long" hint="How long you'd like the table for." error={fieldMessage("Length", errors.durationMinutes)}>
                  {(control) => (
                    <Select
                      {...control}
                      ref={field.ref}
                      name={field.name}
                      value={String(field.value ?? venue.durationMinutes.default)}
                      onBlur={field.onBlur}
                      onChange={(event) => {
                        const minutes = Number(event.target.value);
                        field.onChange(minutes);
                        mirror({ durationMinutes: minutes, time: keepTimeIfItFits(partySize, minutes) });
                      }}
                    >
                      <DurationOptions choices={durations} />
                    </Select>
                  )}
                </Field>
              )}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="time-heading" className="flex flex-col gap-4">
        <h2 id="time-heading" className="text-xl font-semibold text-foreground">
          2. Time
        </h2>
        {!date || dateIssue ? (
          <p className="text-muted-foreground">Choose a date to see the times that still have room.</p>
        ) : availability.isError ? (
          <ErrorNotice error={availability.error} title="We couldn't load the times for this date" onRetry={() => void availability.refetch()} />
        ) : (
          <Controller
            control={form.control}
            name="time"
            render={({ field }) => (
              <SlotPicker
                legend={`Start time (venue time, ${venue.timezone})`}
                focusRef={field.ref}
                options={options}
                value={field.value || undefined}
                error={fieldMessage("Time", errors.time)}
                emptyMessage={`No time on this date has room for ${formatGuests(partySize)} for ${formatDuration(duration)}. Try another date, or fewer guests or a shorter stay.`}
                onChange={(value) => {
                  field.onChange(value);
                  form.clearErrors("time");
                  mirror({ time: value });
                }}
              />
            )}
          />
        )}
      </section>

      <ContactFields form={form} phoneRegion={venue.phoneRegion} />

      <div>
        <Button type="submit" size="lg">
          Review booking
        </Button>
      </div>
    </form>
  );
}
