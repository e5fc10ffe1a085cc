import { Banner, RequestIdNote } from "@slotted/ui";
import type { ChangedBooking } from "./use-booking-conflict.ts";

/** "This booking changed since you opened it", with what changed; the drawer already shows the new version. */
export function ChangedNotice({ changed, onDismiss }: { changed: ChangedBooking; onDismiss: () => void }) {
  return (
    <Banner tone="warning" title="This booking changed since you opened it" onDismiss={onDismiss} live="assertive">
      <ul className="list-disc pl-5">
        {changed.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p className="mt-1">Nothing of yours was saved. The latest version is shown below: check it, then try again if you still want to.</p>
      {changed.requestId ? <RequestIdNote requestId={changed.requestId} className="mt-1" /> : null}
    </Banner>
  );
}
