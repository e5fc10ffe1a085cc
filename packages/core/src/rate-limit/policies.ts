import type { Config } from "@slotted/config";
import type { Role } from "@slotted/db";
import type { RateLimitCategory } from "../trpc.ts";
import type { WindowRule } from "./types.ts";

/** Categories that are counted; `none` (liveness) never reaches the limiter. */
export type LimitedCategory = Exclude<RateLimitCategory, "none">;

export const limitedCategories: readonly LimitedCategory[] = ["auth", "booking_write", "default"];

export function isLimitedCategory(value: unknown): value is LimitedCategory {
  return limitedCategories.some((category) => category === value);
}

export const minuteMs = 60_000;
export const hourMs = 3_600_000;

/** STAFF and ADMIN get a higher tier (limits times the multiplier), never a bypass. */
export function tierMultiplier(role: Role | null, settings: Config["rateLimit"]): number {
  return role === "STAFF" || role === "ADMIN" ? settings.staffMultiplier : 1;
}

/**
 * The windows a caller must respect in one category, checked together: per minute (bursts)
 * and per hour (sustained abuse).
 */
export function policyRules(category: LimitedCategory, role: Role | null, settings: Config["rateLimit"]): WindowRule[] {
  const factor = tierMultiplier(role, settings);
  return [
    { limit: settings.perMinute[category] * factor, windowMs: minuteMs },
    { limit: settings.perHour[category] * factor, windowMs: hourMs },
  ];
}
