export interface TestRateLimitDecision {
  /** `auth`, `booking_write`, `default`. */
  category: string;
  windowSeconds?: number;
  limit?: number;
  remaining: number;
  resetSeconds: number;
  /** Set on a refusal: adds `Retry-After`. */
  retryAfterSeconds?: number;
}

/** Rate-limit response headers in the server's format, for a test resolver's `ctx.setHeaders`. */
export function testRateLimitHeaders(decision: TestRateLimitDecision): Record<string, string> {
  const window = decision.windowSeconds ?? 60;
  const limit = decision.limit ?? 10;
  const policy = `${decision.category}-${window}s`;
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(decision.resetSeconds),
    "RateLimit-Policy": `"${policy}";q=${limit};w=${window}`,
    RateLimit: `"${policy}";r=${decision.remaining};t=${decision.resetSeconds}`,
  };
  if (decision.retryAfterSeconds !== undefined) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}
