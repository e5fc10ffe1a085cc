import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useApiClient } from "../provider/api-client-context.ts";
import { mountedClients } from "../provider/mounted-clients.ts";
import type { RateLimitCategory } from "./category-labels.ts";
import type { RateLimitHold } from "./rate-limit-store.ts";

/**
 * The hold on a procedure's category (`"bookings.create"`), or null. Dismissing the notice does
 * not lift it: use this to keep the blocked action disabled until the reset.
 */
export function useRateLimitHold(path: string): RateLimitHold | null {
  const { rateLimits } = useApiClient();
  const getHold = useCallback(() => rateLimits.holdFor(path), [rateLimits, path]);
  return useSyncExternalStore(rateLimits.subscribe, getHold, getHold);
}

export interface UseRateLimitHoldsOptions {
  /** Also return holds whose notice was dismissed. */
  includeDismissed?: boolean;
}

/** Active holds whose notice is showing (all active holds with `includeDismissed`), for a banner. */
export function useRateLimitHolds(options: UseRateLimitHoldsOptions = {}): readonly RateLimitHold[] {
  const { rateLimits } = useApiClient();
  const holds = useSyncExternalStore(rateLimits.subscribe, rateLimits.getSnapshot, rateLimits.getSnapshot);
  const includeDismissed = options.includeDismissed ?? false;
  return useMemo(() => (includeDismissed ? holds : holds.filter((hold) => !hold.noticeDismissed)), [holds, includeDismissed]);
}

/**
 * Hides the notice for a category in the mounted ApiProvider's client. The hold stays until the
 * server's reset: it is the server's rule, not a preference.
 */
export function dismissRateLimitNotice(category: RateLimitCategory): void {
  for (const client of mountedClients()) client.rateLimits.dismissNotice(category);
}
