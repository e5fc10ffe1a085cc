import { toUiError } from "@slotted/client";
import { Button, ErrorPage } from "@slotted/ui";
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { useEffect } from "react";

/**
 * What a page shows when it fails to load or render: inside the layout, so the header and the
 * rest of the app keep working. Signed-out visitors (a session that ended) get a way back in.
 */
export function RouteErrorPanel({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  const ui = toUiError(error);

  useEffect(() => {
    document.title = `${ui.title} · Slotted`;
  }, [ui.title]);

  const retry = () => {
    queryErrorReset.reset();
    reset();
    void router.invalidate();
  };

  const signedOut = ui.status === 401;
  return (
    <ErrorPage
      title={signedOut ? "Please sign in again" : ui.title}
      message={signedOut ? "Your session has ended. Sign in to carry on." : ui.message}
      requestId={ui.requestId}
      actions={
        signedOut ? (
          <Button asChild>
            <Link to="/sign-in" search={{ redirect: router.state.location.href }}>
              Sign in
            </Link>
          </Button>
        ) : (
          <>
            <Button type="button" onClick={retry}>
              Try again
            </Button>
            <Button asChild variant="secondary">
              <Link to="/">Go to the home page</Link>
            </Button>
          </>
        )
      }
    />
  );
}
