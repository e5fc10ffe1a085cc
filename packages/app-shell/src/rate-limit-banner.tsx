import { useRateLimitHolds } from "@slotted/client";
import { lazy, Suspense } from "react";

// The countdown is only needed after a 429: its code stays out of the first load.
const RateLimitCountdowns = lazy(() => import("./rate-limit-countdowns.tsx"));

/**
 * One countdown per blocked kind of action after a 429, e.g. "Booking changes are paused". The
 * hold lives in the client's store (persisted in sessionStorage), so a reload shows it again,
 * and the blocked buttons read the same hold through `useRateLimitHold`.
 */
export function RateLimitBanner() {
  const holds = useRateLimitHolds();
  if (holds.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <RateLimitCountdowns holds={holds} />
    </Suspense>
  );
}
