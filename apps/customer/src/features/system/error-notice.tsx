import { toUiError } from "@slotted/client";
import { Banner, Button, RequestIdNote } from "@slotted/ui";

interface ErrorNoticeProps {
  error: unknown;
  /** Overrides the error's own title, e.g. "We couldn't load your bookings". */
  title?: string;
  /** Offers "Try again" when the failed work can simply be repeated. */
  onRetry?: () => void;
  className?: string;
}

/** An inline error with what went wrong and the request ID to quote. Announced when it appears. */
export function ErrorNotice({ error, title, onRetry, className }: ErrorNoticeProps) {
  const ui = toUiError(error);
  return (
    <Banner
      tone="error"
      title={title ?? ui.title}
      className={className}
      action={
        onRetry ? (
          <Button type="button" variant="secondary" size="sm" onClick={onRetry}>
            Try again
          </Button>
        ) : undefined
      }
    >
      <p>{ui.message}</p>
      {ui.requestId ? <RequestIdNote requestId={ui.requestId} className="mt-1" /> : null}
    </Banner>
  );
}
