import { Skeleton } from "@slotted/ui";
import { lazy, type Ref, Suspense, useId, useImperativeHandle, useRef } from "react";
import { formatLongDate } from "@slotted/app-shell";

// react-aria's calendar is the heaviest widget in the app: fetched only when a page needs it.
const BookingCalendar = lazy(() => import("./booking-calendar.tsx"));

interface DatePickerProps {
  label: string;
  value: string | undefined;
  onChange: (date: string) => void;
  min: string;
  max: string;
  error?: string | undefined;
  /** Lets a form move focus here (to the calendar's current day) when the date needs fixing. */
  focusRef?: Ref<{ focus: () => void }>;
}

/**
 * A labelled date choice: the calendar grid (behind a skeleton while its code loads), the
 * chosen date in words, and the inline error, announced when it appears.
 */
export function DatePicker({ label, value, onChange, min, max, error, focusRef }: DatePickerProps) {
  const id = useId();
  const group = useRef<HTMLDivElement>(null);
  useImperativeHandle(focusRef, () => ({
    focus: () => {
      const day = group.current?.querySelector<HTMLElement>('[role="gridcell"] [tabindex="0"]');
      (day ?? group.current)?.focus();
    },
  }));
  const labelId = `${id}-label`;
  const chosenId = `${id}-chosen`;
  const errorId = `${id}-error`;
  const describedBy = [chosenId, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div ref={group} role="group" aria-labelledby={labelId} tabIndex={-1} className="flex flex-col gap-2 outline-none">
      <span id={labelId} className="text-sm font-medium text-foreground">
        {label}
      </span>
      <Suspense
        fallback={
          <div>
            <Skeleton className="h-[23rem] w-full max-w-sm" />
            <p role="status" className="sr-only">
              Loading the calendar
            </p>
          </div>
        }
      >
        <BookingCalendar
          label={label}
          value={value}
          onChange={onChange}
          min={min}
          max={max}
          describedBy={describedBy}
          invalid={Boolean(error)}
        />
      </Suspense>
      <p id={chosenId} className="text-sm text-muted-foreground">
        {value ? (
          <>
            Chosen: <span className="font-medium text-foreground">{formatLongDate(value)}</span>
          </>
        ) : (
          `Bookings open from ${formatLongDate(min)} to ${formatLongDate(max)}.`
        )}
      </p>
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-danger empty:hidden">
        {error ?? ""}
      </p>
    </div>
  );
}
