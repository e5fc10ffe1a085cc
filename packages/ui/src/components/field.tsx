import { type ReactNode, useId } from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "../cn.ts";

/** Props a `Field` hands to its control: spread them onto `Input`, `Textarea` or `Select`. */
export interface FieldControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean | undefined;
  "aria-required"?: boolean;
}

export interface FieldProps {
  label: string;
  hint?: string;
  /** The inline error. Announced politely when it appears or changes. */
  error?: string;
  required?: boolean;
  /** Overrides the generated control id (e.g. to match a server field name in e2e tests). */
  id?: string;
  className?: string;
  children: (controlProps: FieldControlProps) => ReactNode;
}

/**
 * Label, optional hint and inline error around one control, wired with `aria-describedby`.
 *
 * The error lives in an always-present `aria-live="polite"` element, so it is announced when it
 * appears without interrupting (a form with five errors does not fire five alerts).
 */
export function Field({ label, hint, error, required = false, id, className, children }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `field-${generatedId}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== "";
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(" ");

  const controlProps: FieldControlProps = {
    id: controlId,
    "aria-describedby": describedBy === "" ? undefined : describedBy,
    "aria-invalid": hasError ? true : undefined,
    ...(required ? { "aria-required": true } : {}),
  };

  return (
    <div className={cn("flex flex-col gap-1.5", className)} data-slot="field">
      <div className="flex items-baseline gap-1.5">
        <label htmlFor={controlId} className="text-sm font-medium text-foreground">
          {label}
        </label>
        {/* Screen readers hear "required" from aria-required; this is for sighted people. */}
        {required ? (
          <span aria-hidden="true" className="text-xs text-muted-foreground">
            (required)
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <div>
        {children(controlProps)}
        {/* Never display:none — a live region must stay in the accessibility tree to be heard. */}
        <p
          id={errorId}
          aria-live="polite"
          className="flex items-start gap-1.5 text-sm font-medium text-danger not-empty:mt-1.5"
        >
          {hasError ? (
            <>
              <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>{error}</span>
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}
