import { describe, expect, it } from "vitest";
import { testAvailability } from "../../test/fixtures.ts";
import { slotOptions } from "./slot-options.ts";

const rules = { openingMinute: 11 * 60, closingMinute: 23 * 60, slotMinutes: 30, maxDaysAhead: 180 };
const date = "2026-06-14";
const morning = { date: "2026-06-10", minute: 9 * 60 };

function withRemaining(places: Record<string, number>) {
  const day = testAvailability(date, 10);
  return day.slots.map((slot) => ({ ...slot, remaining: places[slot.time] ?? slot.remaining }));
}

const option = (options: ReturnType<typeof slotOptions>, time: string) => options.find((candidate) => candidate.time === time);

describe("slotOptions", () => {
  it("counts the tightest slot of the whole stay", () => {
    const options = slotOptions({ date, slots: withRemaining({ "20:00": 2 }), partySize: 4, durationMinutes: 120, rules, now: morning });
    // 19:00 for two hours covers 20:00, where only 2 places are left.
    expect(option(options, "19:00")).toEqual({ time: "19:00", places: 2, available: false, reason: "Room for 2" });
    expect(option(options, "18:00")).toEqual({ time: "18:00", places: 10, available: true, reason: undefined });
    expect(option(options, "20:00")).toMatchObject({ available: false, reason: "Room for 2" });
  });

  it("calls a slot with no places full", () => {
    const options = slotOptions({ date, slots: withRemaining({ "12:00": 0 }), partySize: 1, durationMinutes: 30, rules, now: morning });
    expect(option(options, "12:00")).toMatchObject({ available: false, reason: "Full" });
  });

  it("applies the venue rules: past times today and stays ending after closing", () => {
    const today = { date, minute: 14 * 60 };
    const options = slotOptions({ date, slots: withRemaining({}), partySize: 2, durationMinutes: 120, rules, now: today });
    expect(option(options, "14:00")).toMatchObject({ available: false, reason: "Past" });
    expect(option(options, "14:30")).toMatchObject({ available: true });
    expect(option(options, "21:00")).toMatchObject({ available: true });
    expect(option(options, "21:30")).toMatchObject({ available: false, reason: "Ends after closing" });
  });

  it("counts a moved booking's own places as free on its own date", () => {
    const ownBooking = { date, time: "19:00", durationMinutes: 60, partySize: 6 };
    const full = withRemaining({ "19:00": 0, "19:30": 0 });
    const options = slotOptions({ date, slots: full, partySize: 6, durationMinutes: 60, rules, now: morning, ownBooking });
    expect(option(options, "19:00")).toMatchObject({ places: 6, available: true });
    const elsewhere = slotOptions({ date, slots: full, partySize: 6, durationMinutes: 60, rules, now: morning, ownBooking: { ...ownBooking, date: "2026-06-15" } });
    expect(option(elsewhere, "19:00")).toMatchObject({ places: 0, available: false });
  });
});
