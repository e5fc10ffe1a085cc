import { describe, expect, it } from "vitest";
import { withLimiterState } from "./limiter-health.ts";

describe("withLimiterState", () => {
  const up = { status: "up" as const, latencyMs: 1 };

  it("degrades a healthy cache check while the limiter is in fallback", () => {
    const check = withLimiterState(up, "fallback");
    expect(check.status).toBe("degraded");
    expect(check.error).toMatch(/in process/);
  });

  it("leaves the check alone otherwise", () => {
    expect(withLimiterState(up, "redis")).toBe(up);
    expect(withLimiterState(up, "memory")).toBe(up);
    const failed = { status: "degraded" as const, latencyMs: 50, error: "timeout" };
    expect(withLimiterState(failed, "fallback")).toBe(failed);
  });
});
