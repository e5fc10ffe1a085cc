import type { LimiterState } from "./types.ts";

export interface CacheCheck {
  status: "up" | "down" | "degraded";
  latencyMs: number;
  error?: string;
}

/**
 * The cache check as readiness reports it: `degraded` while the rate limiter counts in process
 * because Redis failed it, even if Redis has just started answering PINGs again (the limiter
 * returns on its next probe). Never `down`: limits still hold, per process.
 */
export function withLimiterState(check: CacheCheck, state: LimiterState): CacheCheck {
  if (state !== "fallback" || check.status !== "up") return check;
  return {
    ...check,
    status: "degraded",
    error: "the rate limiter lost Redis and counts in process until it answers again",
  };
}
