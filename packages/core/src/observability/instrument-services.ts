import { observeCache } from "../cache/cached-json.ts";
import type { AppServices } from "../services.ts";

/**
 * Connects the instance's metrics to the things they count: every database statement (for
 * query shapes), cachedJson hits and misses, and the rate limiter's decisions and Redis fallback.
 */
export function instrumentServices(services: AppServices): void {
  const { db, kv, rateLimiter, metrics } = services;
  db.onQuery(({ sql, durationMs }) => metrics.recordQuery(sql, durationMs));
  observeCache(kv, (op, result) => metrics.recordCacheOperation(op, result));
  rateLimiter.onDecision(({ category, outcome }) => metrics.recordRateLimitDecision(category, outcome));
  rateLimiter.onStateChange((state) => metrics.setRateLimitFallback(state === "fallback"));
  metrics.setRateLimitFallback(rateLimiter.state() === "fallback");
}
