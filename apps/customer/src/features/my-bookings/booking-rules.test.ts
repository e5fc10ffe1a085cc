import { describe, expect, it } from "vitest";
import { testBooking } from "../../test/fixtures.ts";
import { describeChanges } from "./booking-changes.ts";
import { changeLockReason } from "./change-lock.ts";

describe("changeLockReason", () => {
  const now = { date: "2026-06-14", minute: 18 * 60 };

  it("lets a pending or confirmed booking that has not started change", () => {
    expect(changeLockReason(testBooking({ status: "PENDING", date: "2026-06-14", time: "21:00" }), now, 120)).toBeNull();
    expect(changeLockReason(testBooking({ status: "CONFIRMED", date: "2026-06-15", time: "12:00" }), now, 120)).toBeNull();
  });

  it("closes changes at the cut-off before the start, saying until when they were open", () => {
    expect(changeLockReason(testBooking({ date: "2026-06-14", time: "20:01" }), now, 120)).toBeNull();
    expect(changeLockReason(testBooking({ date: "2026-06-14", time: "20:00" }), now, 120)).toBe(
      "Changes close 2 hours before the start: you could move or cancel this booking until 18:00 on Sunday 14 June. Please contact the venue.",
    );
    expect(changeLockReason(testBooking({ date: "2026-06-15", time: "12:00" }), now, 24 * 60)).toMatch(/until 12:00 on Sunday 14 June/);
  });

  it("says why a booking is locked", () => {
    expect(changeLockReason(testBooking({ status: "COMPLETED" }), now, 120)).toBe("This booking is completed, so it can't be moved or cancelled online.");
    expect(changeLockReason(testBooking({ status: "NO_SHOW" }), now, 120)).toBe("This booking is missed, so it can't be moved or cancelled online.");
    expect(changeLockReason(testBooking({ date: "2026-06-14", time: "18:00" }), now, 120)).toMatch(/already started/);
    expect(changeLockReason(testBooking({ date: "2026-06-13", time: "21:00" }), now, 120)).toMatch(/already started/);
  });
});

describe("describeChanges", () => {
  it("names every change a customer can see", () => {
    const before = testBooking({ date: "2026-06-14" });
    const after = testBooking({ date: "2026-06-15", time: "20:00", endTime: "22:00", partySize: 3, status: "CANCELLED", version: 2 });
    expect(describeChanges(before, after)).toEqual([
      "Status changed from Confirmed to Cancelled.",
      "Date changed from Sunday 14 June 2026 to Monday 15 June 2026.",
      "Time changed from 19:00–21:00 to 20:00–22:00.",
      "Party changed from 2 guests to 3 guests.",
    ]);
  });

  it("still says something when only hidden fields changed", () => {
    expect(describeChanges(testBooking(), testBooking({ version: 2 }))).toEqual(["It was updated by the venue, though nothing you can see here changed."]);
  });
});
