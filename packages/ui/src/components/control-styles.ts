// The shared look of text-like form controls (Input, Textarea, Select), so they line up in a form.
// A plain string (no call at import time) keeps the module free of side effects.
export const controlClassName =
  "block w-full min-w-0 rounded-control border border-input bg-surface px-3 text-base text-foreground sm:text-sm " +
  "placeholder:text-muted-foreground " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring " +
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70 " +
  "aria-invalid:border-danger aria-invalid:outline-danger";
