import { describe, expect, it } from "vitest";
import { addDays, bookingSlotIssues, minuteOfTime, timeOfMinute, type VenueRules } from "./venue.ts";

const rules: VenueRules = { openingMinute: 11 * 60, closingMinute: 23 * 60, slotMinutes: 30, maxDaysAhead: 180 };
const now = { date: "2026-11-21", minute: 14 * 60 + 10 };
const slot = (date: string, time: string, durationMinutes = 120) => ({ date, time, durationMinutes });

describe("time helpers", () => {
  it("converts HH:MM and minutes both ways", () => {
    expect(minuteOfTime("19:30")).toBe(1170);
    expect(timeOfMinute(1170)).toBe("19:30");
    expect(timeOfMinute(0)).toBe("00:00");
  });
  it("adds calendar days across month and leap-year ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("bookingSlotIssues", () => {
  it("accepts a slot inside opening hours on a future date", () => {
    expect(bookingSlotIssues(rules, slot("2026-11-22", "19:00"), now)).toEqual([]);
    expect(bookingSlotIssues(rules, slot("2026-11-21", "14:30"), now)).toEqual([]);
    expect(bookingSlotIssues(rules, slot("2026-11-22", "21:00"), now)).toEqual([]);
  });
  it("rejects past dates and dates beyond the horizon", () => {
    expect(bookingSlotIssues(rules, slot("2026-11-20", "19:00"), now)).toEqual([{ path: "date", message: "must not be in the past" }]);
    expect(bookingSlotIssues(rules, slot(addDays(now.date, 180), "19:00"), now)).toEqual([]);
    expect(bookingSlotIssues(rules, slot(addDays(now.date, 181), "19:00"), now)[0]?.message).toMatch(/within 180 days/);
  });
  it("rejects times outside opening hours, off the slot grid, or ending after closing", () => {
    expect(bookingSlotIssues(rules, slot("2026-11-22", "10:30"), now)[0]).toMatchObject({ path: "time", message: "must be between 11:00 and 23:00" });
    expect(bookingSlotIssues(rules, slot("2026-11-22", "19:15"), now)[0]?.message).toMatch(/30-minute slot/);
    expect(bookingSlotIssues(rules, slot("2026-11-22", "21:30"), now)[0]?.message).toMatch(/finish by closing \(23:00\)/);
  });
  it("rejects a slot that has already started today", () => {
    expect(bookingSlotIssues(rules, slot("2026-11-21", "14:00"), now)).toEqual([{ path: "time", message: "has already started today" }]);
  });
  it("rejects durations that are not whole slots", () => {
    expect(bookingSlotIssues(rules, slot("2026-11-22", "19:00", 45), now)).toEqual([{ path: "durationMinutes", message: "must be a multiple of 30 minutes" }]);
  });
});
