import { dismissRateLimitNotice, useRateLimitHolds } from "@slotted/client";
import { CountdownBanner } from "@slotted/ui";

/**
 * One countdown per blocked kind of action after a 429, e.g. "Signing in is paused". The hold
 * lives in the client's store (persisted in sessionStorage), so a reload shows it again, and
 * the blocked buttons read the same hold through `useRateLimitHold`.
 */
export function RateLimitBanner() {
  const holds = useRateLimitHolds();
  if (holds.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-2">
      {holds.map((hold) => (
        <CountdownBanner
          key={hold.category}
          action={hold.label}
          until={hold.until}
          total={hold.totalSeconds}
          onDismiss={() => dismissRateLimitNotice(hold.category)}
          onExpire={() => dismissRateLimitNotice(hold.category)}
        />
      ))}
    </div>
  );
}
