import { useConnectionStatus } from "@slotted/client";
import { Banner } from "@slotted/ui";

/**
 * Says when the app cannot reach the API: the device is offline, or the server does not
 * answer. Queries refetch by themselves when the connection returns, and this clears.
 */
export function ConnectionNotice() {
  const status = useConnectionStatus();
  // The live region is always mounted so a change of state is announced.
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {status === "offline" ? (
        <Banner tone="warning" live="off" className="mt-4" title="You're offline">
          Check your connection. Slotted will pick up where you left off when you're back online.
        </Banner>
      ) : status === "unreachable" ? (
        <Banner tone="warning" live="off" className="mt-4" title="We can't reach Slotted right now">
          The server isn't answering. We'll keep trying and refresh this page's data when it's back.
        </Banner>
      ) : null}
    </div>
  );
}
