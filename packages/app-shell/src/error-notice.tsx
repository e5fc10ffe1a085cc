import { toUiError } from "@slotted/client";
import { Banner, Button, RequestIdNote } from "@slotted/ui";
import { Link, useRouterState } from "@tanstack/react-router";

interface ErrorNoticeProps {
  error: unknown;
  /** Overrides the error's own title, e.g. "We couldn't load your bookings". */
  title?: string;
  /** Offers "Try again" when the failed work can simply be repeated. */
  onRetry?: () => void;
  className?: string;
}

/**
 * An inline error with what went wrong and the request ID to quote. Announced when it appears.
 * A session that ended (401) offers the way back in, to this same page, instead of a retry.
 */
export function ErrorNotice({ error, title, onRetry, className }: ErrorNoticeProps) {
  const ui = toUiError(error);
  const here = useRouterState({ select: (state) => state.location.href });
  // On the sign-in and sign-up pages a 401 is about the details typed, not an ended session.
  const signedOut = ui.status === 401 && !here.startsWith("/sign-");
  const action = signedOut ? (
    <Button asChild variant="secondary" size="sm">
      <Link to="/sign-in" search={{ redirect: here }}>
        Sign in again
      </Link>
    </Button>
  ) : onRetry ? (
    <Button type="button" variant="secondary" size="sm" onClick={onRetry}>
      Try again
    </Button>
  ) : undefined;

  return (
    <Banner tone="error" title={title ?? ui.title} className={className} action={action}>
      <p>{ui.message}</p>
      {ui.requestId ? <RequestIdNote requestId={ui.requestId} className="mt-1" /> : null}
    </Banner>
  );
}
