import { Banner, RequestIdNote } from "@slotted/ui";
import type { BookingConflict } from "./booking-conflict.ts";

interface ChangedNoticeProps {
  /** From `useBookingConflict`: nothing shows until it has found a change. */
  conflict: Pick<BookingConflict, "changed" | "dismiss">;
  /** What to do now, in the app's own words; the page already shows the new version. */
  nextStep: string;
}

/** "This booking changed since you opened it", with what changed, once `useBookingConflict` found a change. */
export function ChangedNotice({ conflict: { changed, dismiss }, nextStep }: ChangedNoticeProps) {
  if (!changed) return null;
  return (
    <Banner tone="warning" title="This booking changed since you opened it" onDismiss={dismiss} live="assertive">
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
