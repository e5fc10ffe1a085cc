import { buildConfig } from "@slotted/config";
import { describe, expect, it } from "vitest";
import { hourMs, isLimitedCategory, minuteMs, policyRules } from "./policies.ts";

const settings = buildConfig({
  RATE_LIMIT_AUTH_PER_MINUTE: "7",
  RATE_LIMIT_AUTH_PER_HOUR: "70",
  RATE_LIMIT_BOOKING_WRITE_PER_MINUTE: "3",
  RATE_LIMIT_BOOKING_WRITE_PER_HOUR: "30",
  RATE_LIMIT_DEFAULT_PER_MINUTE: "100",
  RATE_LIMIT_DEFAULT_PER_HOUR: "1000",
  RATE_LIMIT_STAFF_MULTIPLIER: "4",
}).rateLimit;

describe("policyRules", () => {
  it("checks a per-minute and a per-hour window for each category", () => {
    expect(policyRules("auth", null, settings)).toEqual([
      { limit: 7, windowMs: minuteMs },
      { limit: 70, windowMs: hourMs },
    ]);
    expect(policyRules("booking_write", "CUSTOMER", settings)).toEqual([
      { limit: 3, windowMs: minuteMs },
      { limit: 30, windowMs: hourMs },
    ]);
    expect(policyRules("default", null, settings).map((rule) => rule.limit)).toEqual([100, 1000]);
  });

  it("gives STAFF and ADMIN the multiplied tier, not a bypass", () => {
    for (const role of ["STAFF", "ADMIN"] as const) {
      expect(policyRules("booking_write", role, settings).map((rule) => rule.limit)).toEqual([12, 120]);
    }
  });
});

describe("isLimitedCategory", () => {
  it("accepts the counted categories only", () => {
    expect(["auth", "booking_write", "default"].every(isLimitedCategory)).toBe(true);
    expect(isLimitedCategory("none")).toBe(false);
    expect(isLimitedCategory(undefined)).toBe(false);
  });
});
