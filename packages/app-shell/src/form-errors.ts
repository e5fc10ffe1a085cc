import type { FieldError, FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * The shared schemas word their messages as the end of a sentence ("must be at least 10
 * characters"), so the server and the browser can both prefix the field. Full sentences
 * (capitalised) are shown as they are.
 */
export function fieldMessage(label: string, error: Pick<FieldError, "message"> | undefined): string | undefined {
  const message = error?.message;
  if (!message) return undefined;
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/**
 * Puts the server's field errors (`toUiError(error).fieldErrors`, keyed by dotted path) on the
 * form's fields and focuses the first. Answers whether any landed, so the caller knows if a
 * general message is still needed.
 */
export function applyFieldErrors<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  fieldErrors: Record<string, string>,
  fields: readonly Path<Values>[],
): boolean {
  let applied = false;
  for (const field of fields) {
    const message = fieldErrors[field];
    if (message === undefined) continue;
    setError(field, { type: "server", message }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
