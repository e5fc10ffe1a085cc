import { toUiError } from "@slotted/client";
import { RequestIdNote } from "@slotted/ui";
import { ErrorNotice } from "./error-notice.tsx";

interface FormServerErrorProps {
  error: unknown;
  /** True when the error's messages already sit on the form's fields. */
  shownOnFields: boolean;
  /** Heading for an error that belongs to no field, e.g. "We couldn't sign you in". */
  title: string;
}

/**
 * A form's server error. When the messages landed on the fields, a quiet line points to them
 * and carries the request ID; otherwise the whole error shows here.
 */
export function FormServerError({ error, shownOnFields, title }: FormServerErrorProps) {
  if (error === null || error === undefined) return null;
  if (!shownOnFields) return <ErrorNotice error={error} title={title} />;
  const { requestId } = toUiError(error);
  return (
    <div className="text-sm text-muted-foreground">
      <p>Please correct the highlighted fields and try again.</p>
      {requestId ? <RequestIdNote requestId={requestId} /> : null}
    </div>
  );
}
