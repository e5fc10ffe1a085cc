import { describe, expect, it } from "vitest";
import { datePattern, readChoice, readInteger, readPattern, timePattern } from "./search-params.ts";

describe("readPattern", () => {
  it("keeps a string that matches and drops anything else", () => {
    expect(readPattern("2026-06-14", datePattern)).toBe("2026-06-14");
    expect(readPattern("2026-13-01", datePattern)).toBeUndefined();
    expect(readPattern("2026-02-32", datePattern)).toBeUndefined();
    expect(readPattern(20260614, datePattern)).toBeUndefined();
    expect(readPattern("19:30", timePattern)).toBe("19:30");
    expect(readPattern("24:00", timePattern)).toBeUndefined();
    expect(readPattern("7:30", timePattern)).toBeUndefined();
  });
});

describe("readInteger", () => {
  it("reads the router's parsed number and a hand-typed string of digits", () => {
    expect(readInteger(4, 1, 50)).toBe(4);
    expect(readInteger("4", 1, 50)).toBe(4);
  });

  it("drops values out of range, fractions and non-numbers", () => {
    expect(readInteger(0, 1, 50)).toBeUndefined();
    expect(readInteger(51, 1, 50)).toBeUndefined();
    expect(readInteger(2.5, 1)).toBeUndefined();
    expect(readInteger("-3", 1)).toBeUndefined();
    expect(readInteger("4 guests", 1)).toBeUndefined();
    expect(readInteger("1234567890", 1)).toBeUndefined();
    expect(readInteger(null, 0)).toBeUndefined();
  });

  it("has no upper bound unless one is given", () => {
    expect(readInteger(1_000_000, 1)).toBe(1_000_000);
  });
});

describe("readChoice", () => {
  const tabs = ["upcoming", "past"] as const;

  it("keeps one of the choices and drops anything else", () => {
    expect(readChoice("past", tabs)).toBe("past");
    expect(readChoice("PAST", tabs)).toBeUndefined();
    expect(readChoice(1, tabs)).toBeUndefined();
  });
});
