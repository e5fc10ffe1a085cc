import { toUiError } from "@slotted/client";
import { Button, ErrorPage } from "@slotted/ui";
import { useEffect } from "react";

/**
 * The last resort, when the layout itself cannot render: a whole-page message with a reload.
 * It avoids the router (which may be what broke) and uses a plain link home.
 */
export function GlobalErrorPage({ error }: { error: unknown }) {
  const ui = toUiError(error);

  useEffect(() => {
    document.title = "Something went wrong · Slotted";
  }, []);

  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center px-4 py-10">
      <ErrorPage
        title="Something went wrong"
        message={`${ui.message} Reloading the page usually helps.`}
        requestId={ui.requestId}
        actions={
          <>
            <Button type="button" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
            <Button asChild variant="secondary">
              <a href="/">Go to the home page</a>
            </Button>
          </>
        }
      />
    </main>
  );
}
