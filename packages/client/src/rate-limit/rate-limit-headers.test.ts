import { describe, expect, it } from "vitest";
import { parseRateLimitHeader, parseRetryAfter, readRateLimitHeaders } from "./rate-limit-headers.ts";

describe("parseRateLimitHeader", () => {
  it("reads the category from the policy name, and the remaining places and reset", () => {
    expect(parseRateLimitHeader('"booking_write-60s";r=0;t=42')).toEqual({ category: "booking_write", remaining: 0, resetSeconds: 42 });
    expect(parseRateLimitHeader('"auth-3600s";r=7;t=1200')).toEqual({ category: "auth", remaining: 7, resetSeconds: 1200 });
  });

  it("takes the first item of a list and tolerates spacing and unknown parameters", () => {
    expect(parseRateLimitHeader(' "default-60s" ; r=3 ; t=9 ; x=1, "default-3600s";r=90;t=100')).toEqual({
      category: "default",
      remaining: 3,
      resetSeconds: 9,
    });
  });

  it("knows nothing from a missing or malformed header", () => {
    expect(parseRateLimitHeader(null).category).toBeUndefined();
    expect(parseRateLimitHeader("limit=10").category).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2030-01-01T12:00:00Z");
    expect(parseRetryAfter("30", now)).toBe(30);
    expect(parseRetryAfter("Tue, 01 Jan 2030 12:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("readRateLimitHeaders", () => {
  it("combines RateLimit and Retry-After from a response", () => {
    const response = new Response(null, { headers: { RateLimit: '"booking_write-60s";r=0;t=30', "Retry-After": "30" } });
    expect(readRateLimitHeaders(response, Date.now())).toEqual({
      category: "booking_write",
      remaining: 0,
      resetSeconds: 30,
      retryAfterSeconds: 30,
    });
  });
});
