import type { KeyValueStore } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import { invalidateCached } from "../cache/cached-json.ts";
import { invalidateDashboardStats } from "../routers/users/dashboard-stats.ts";

export const availabilityCacheKey = (date: string) => `availability:${date}`;
export const availabilityTtlSeconds = 30;

/**
 * After a committed booking write: the availability of every touched date and the dashboard
 * numbers are stale. (Failures only log; the TTLs bound staleness.)
 */
export async function invalidateBookingCaches(
  deps: { services: { kv: KeyValueStore }; log: Logger },
  dates: readonly string[],
): Promise<void> {
  const keys = [...new Set(dates)].map(availabilityCacheKey);
  await Promise.all([invalidateCached(deps.services.kv, deps.log, ...keys), invalidateDashboardStats(deps)]);
}
