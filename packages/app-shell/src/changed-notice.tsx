import { Banner, RequestIdNote } from "@slotted/ui";
import type { ChangedBooking } from "./booking-conflict.ts";

interface ChangedNoticeProps {
  changed: ChangedBooking;
  /** What to do now, in the app's own words; the page already shows the new version. */
  nextStep: string;
  onDismiss: () => void;
}

/** "This booking changed since you opened it", with what changed (see `useBookingConflict`). */
export function ChangedNotice({ changed, nextStep, onDismiss }: ChangedNoticeProps) {
  return (
    <Banner tone="warning" title="This booking changed since you opened it" onDismiss={onDismiss} live="assertive">
      <ul className="list-disc pl-5">
        {changed.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
      <p className="mt-1">{nextStep}</p>
      {changed.requestId ? <RequestIdNote requestId={changed.requestId} className="mt-1" /> : null}
    </Banner>
  );
}
