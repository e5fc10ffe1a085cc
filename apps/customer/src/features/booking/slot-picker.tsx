import { cn, Skeleton } from "@slotted/ui";
import { type Ref, useId, useImperativeHandle, useRef } from "react";
import type { SlotOption } from "./slot-options.ts";

interface SlotPickerProps {
  legend: string;
  options: readonly SlotOption[] | undefined;
  value: string | undefined;
  onChange: (time: string) => void;
  error?: string | undefined;
  /** Shown instead of the grid when the day has no slot that fits. */
  emptyMessage: string;
  /** Lets a form move focus here (to the chosen or first free time) when the time needs fixing. */
  focusRef?: Ref<{ focus: () => void }>;
}

/**
 * The day's start times as native radio buttons (arrow keys move between the ones that can be
 * chosen), each with the places left for the whole stay. Slots that cannot take the booking
 * stay visible, disabled, with the reason.
 */
export function SlotPicker({ legend, options, value, onChange, error, emptyMessage, focusRef }: SlotPickerProps) {
  const name = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  useImperativeHandle(focusRef, () => ({
    focus: () => {
      const radio =
        group.current?.querySelector<HTMLInputElement>("input:checked") ??
        group.current?.querySelector<HTMLInputElement>("input:not(:disabled)");
      (radio ?? group.current)?.focus();
    },
  }));
  const errorId = `${name}-error`;
  const noneFit = options !== undefined && !options.some((option) => option.available);

  return (
    <fieldset ref={group} tabIndex={-1} className="flex min-w-0 flex-col gap-2 outline-none" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-medium text-foreground">{legend}</legend>
      {options === undefined ? (
        <div className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6" aria-hidden="true">
          {Array.from({ length: 12 }, (_, index) => (
            <Skeleton key={index} className="h-16" />
          ))}
        </div>
      ) : (
        <>
          {noneFit ? <p className="text-sm text-muted-foreground">{emptyMessage}</p> : null}
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6">
            {options.map((option) => {
              const checked = option.time === value;
              const detail = option.available ? (option.places === 1 ? "1 place left" : `${option.places} places left`) : option.reason;
              return (
                <label
                  key={option.time}
                  className={cn(
                    "flex min-h-16 flex-col items-center justify-center rounded-control border px-2 py-2 text-center",
                    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                    checked
                      ? "cursor-pointer border-brand-600 bg-brand-600 text-brand-foreground hover:bg-brand-700"
                      : option.available
                        ? "cursor-pointer border-input bg-surface text-foreground hover:bg-brand-50"
                        : "cursor-not-allowed border-border bg-muted text-muted-foreground",
                  )}
                >
                  <input
                    type="radio"
                    name={name}
                    value={option.time}
                    checked={checked}
                    disabled={!option.available}
                    onChange={() => onChange(option.time)}
                    aria-describedby={error ? errorId : undefined}
                    className="sr-only"
                  />
                  <span className={cn("font-semibold tabular-nums", !option.available && !checked && "line-through")}>
                    {option.time}
                  </span>
                  <span className={cn("text-xs", !checked && "text-muted-foreground")}>
                    <span className="sr-only">, </span>
                    {detail}
                  </span>
                </label>
              );
            })}
          </div>
        </>
      )}
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-danger empty:hidden">
        {error ?? ""}
      </p>
    </fieldset>
  );
}
