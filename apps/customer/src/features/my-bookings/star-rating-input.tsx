import { cn } from "@slotted/ui";
import { feedbackRatingLimits } from "@slotted/validators";
import { useId } from "react";

const stars = Array.from({ length: feedbackRatingLimits.max - feedbackRatingLimits.min + 1 }, (_, index) => feedbackRatingLimits.min + index);
export const starLabel = (count: number) => (count === 1 ? "1 star" : `${count} stars`);

interface StarRatingInputProps {
  value: number | null;
  onChange: (rating: number) => void;
  /** Shown under the stars and tied to the group (e.g. "Choose from 1 to 5 stars"). */
  error?: string;
  disabled?: boolean;
}

/**
 * Five stars as a native radio group: Tab reaches it, arrow keys move the choice, and each
 * radio's name is "1 star" … "5 stars". The stars up to the choice are filled.
 */
export function StarRatingInput({ value, onChange, error, disabled = false }: StarRatingInputProps) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex flex-col gap-1.5" disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-foreground">Your rating</legend>
      <div className="flex gap-1">
        {stars.map((count) => {
          const filled = value !== null && count <= value;
          return (
            <label
              key={count}
              className="cursor-pointer rounded-md p-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600"
            >
              <input
                type="radio"
                name={name}
                value={count}
                checked={value === count}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(count)}
                className="sr-only"
              />
              <span aria-hidden="true" className={cn("text-3xl leading-none", filled ? "text-amber-500" : "text-muted-foreground")}>
                {filled ? "★" : "☆"}
              </span>
              <span className="sr-only">{starLabel(count)}</span>
            </label>
          );
        })}
      </div>
      <p id={errorId} aria-live="polite" className="text-sm font-medium text-danger">
        {error ?? ""}
      </p>
    </fieldset>
  );
}
