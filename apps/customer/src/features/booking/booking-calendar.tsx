import { parseDate } from "@internationalized/date";
import { cn } from "@slotted/ui";
import { Button, Calendar, CalendarCell, CalendarGrid, Heading } from "react-aria-components";

export interface BookingCalendarProps {
  /** Selected date, `YYYY-MM-DD`. */
  value: string | undefined;
  onChange: (date: string) => void;
  /** First and last dates that can be booked. Everything outside is disabled. */
  min: string;
  max: string;
  label: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}

const navButtonClassName = cn(
  "inline-flex size-10 items-center justify-center rounded-control border border-input bg-surface text-lg text-foreground",
  "hover:bg-muted data-[focus-visible]:outline-2 data-[focus-visible]:outline-offset-2 data-[focus-visible]:outline-ring",
  "data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50",
);

/**
 * The month grid (react-aria: arrow keys move by day and week, Page Up/Down by month, Enter
 * picks). Loaded lazily: see date-picker.tsx.
 */
export default function BookingCalendar({ value, onChange, min, max, label, describedBy, invalid = false }: BookingCalendarProps) {
  const minValue = parseDate(min);
  return (
    <Calendar
      aria-label={label}
      aria-describedby={describedBy}
      value={value ? parseDate(value) : null}
      onChange={(date) => onChange(date.toString())}
      minValue={minValue}
      maxValue={parseDate(max)}
      defaultFocusedValue={minValue}
      isInvalid={invalid}
      className="w-full max-w-sm rounded-card border border-border bg-surface p-3 shadow-sm"
    >
      <header className="mb-2 flex items-center justify-between gap-2">
        <Button slot="previous" className={navButtonClassName}>
          <span aria-hidden="true">‹</span>
        </Button>
        <Heading className="text-base font-semibold text-foreground" />
        <Button slot="next" className={navButtonClassName}>
          <span aria-hidden="true">›</span>
        </Button>
      </header>
      <CalendarGrid className="w-full border-separate border-spacing-0.5 text-center text-sm [&_th]:pb-1 [&_th]:text-xs [&_th]:font-medium [&_th]:text-muted-foreground">
        {(date) => (
          <CalendarCell
            date={date}
            className={({ isSelected, isDisabled, isOutsideMonth, isFocusVisible }) =>
              cn(
                "mx-auto flex size-10 items-center justify-center rounded-control outline-none",
                isOutsideMonth && "invisible",
                // One colour set per state: the shared `cn` does not merge conflicting classes.
                isSelected
                  ? "cursor-pointer bg-brand-600 font-semibold text-brand-foreground hover:bg-brand-700"
                  : isDisabled
                    ? "cursor-not-allowed text-muted-foreground line-through decoration-1"
                    : "cursor-pointer text-foreground hover:bg-brand-50",
                isFocusVisible && "outline-2 outline-offset-2 outline-ring",
              )
            }
          />
        )}
      </CalendarGrid>
    </Calendar>
  );
}
