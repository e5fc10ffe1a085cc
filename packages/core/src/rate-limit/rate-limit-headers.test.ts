import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./rate-limit-headers.ts";
import type { LimitDecision } from "./types.ts";

const rules = [
  { limit: 10, windowMs: 60_000 },
  { limit: 100, windowMs: 3_600_000 },
];

const allowed: LimitDecision = { allowed: true, limit: 10, remaining: 3, resetSeconds: 42, retryAfterSeconds: 0, windowSeconds: 60 };

describe("rateLimitHeaders", () => {
  it("reports the binding window in both header families", () => {
    expect(rateLimitHeaders("auth", rules, allowed)).toEqual({
      "X-RateLimit-Limit": "10",
      "X-RateLimit-Remaining": "3",
      "X-RateLimit-Reset": "42",
      "RateLimit-Policy": '"auth-60s";q=10;w=60, "auth-3600s";q=100;w=3600',
      RateLimit: '"auth-60s";r=3;t=42',
    });
  });

  it("names the hour window when it binds", () => {
    const hourly: LimitDecision = { ...allowed, limit: 100, remaining: 0, resetSeconds: 1800, windowSeconds: 3600 };
    expect(rateLimitHeaders("default", rules, hourly).RateLimit).toBe('"default-3600s";r=0;t=1800');
  });

  it("adds Retry-After on a rejection and points the reset at the same moment", () => {
    const rejected: LimitDecision = { ...allowed, allowed: false, remaining: 0, resetSeconds: 17, retryAfterSeconds: 17 };
    const headers = rateLimitHeaders("default", rules, rejected);
    expect(headers["Retry-After"]).toBe("17");
    expect(headers["X-RateLimit-Reset"]).toBe("17");
    expect(headers.RateLimit).toBe('"default-60s";r=0;t=17');
    expect(rateLimitHeaders("default", rules, allowed)["Retry-After"]).toBeUndefined();
  });
});
