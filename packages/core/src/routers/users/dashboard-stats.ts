import type { KeyValueStore } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import { bookingStats, feedbackStats, userStats } from "@slotted/validators";
import { z } from "zod";
import { computeBookingStats } from "../../bookings/booking-stats.ts";
import { cachedJson, invalidateCached } from "../../cache/cached-json.ts";
import { computeFeedbackStats } from "../../feedback/feedback-stats.ts";
import type { AppServices } from "../../services.ts";
import { computeUserStats } from "./user-stats.ts";

/** users.stats's answer. Each domain adds its own section, computed by its own aggregate query. */
export const dashboardStats = z.object({
  users: userStats,
  bookings: bookingStats,
  feedback: feedbackStats,
  generatedAt: z.date(),
});
export type DashboardStats = z.infer<typeof dashboardStats>;

/** Bump the version when the shape changes, so old cached entries are ignored rather than misread. */
export const dashboardStatsCacheKey = "dashboard:stats:v3";
export const dashboardStatsTtlSeconds = 60;

// The cache holds JSON: dates come back as ISO strings.
const cachedDashboardStats = dashboardStats.extend({ generatedAt: z.iso.datetime().transform((value) => new Date(value)) });

/** The dashboard numbers, from the cache when fresh (60 s), otherwise recomputed and cached. */
export function readDashboardStats(services: AppServices, log: Logger): Promise<DashboardStats> {
  return cachedJson(
    services.kv,
    log,
    dashboardStatsCacheKey,
    dashboardStatsTtlSeconds,
    async () => {
      // Aggregates over everything: a replica's delay only adds to the staleness the 60 s cache allows.
      const prisma = services.db.reader;
      const { timezone } = services.config.business;
      const [users, bookings, feedback] = await Promise.all([
        computeUserStats(prisma, timezone),
        computeBookingStats(prisma, timezone),
        computeFeedbackStats(prisma),
      ]);
      return { users, bookings, feedback, generatedAt: new Date() };
    },
    (raw) => cachedDashboardStats.parse(raw),
  );
}

/**
 * Drops the cached dashboard numbers; call it after any committed write that changes them
 * (user writes here, booking writes in bookings/booking-caches.ts). Accepts a procedure's `ctx`.
 */
export function invalidateDashboardStats(ctx: { services: { kv: KeyValueStore }; log: Logger }): Promise<void> {
  return invalidateCached(ctx.services.kv, ctx.log, dashboardStatsCacheKey);
}
