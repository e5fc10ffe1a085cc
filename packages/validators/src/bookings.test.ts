import { describe, expect, it } from "vitest";
import {
  adminListBookingsInput,
  cancelBookingInput,
  createBookingInput,
  customerBooking,
  listBookingsInput,
  setInternalNotesInput,
  updateBookingInput,
} from "./bookings.ts";

const valid = { date: "2026-11-22", time: "19:00", partySize: 4, contactPhone: "07911 123456" };
const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join("."));

describe("createBookingInput", () => {
  it("applies the default duration and sanitises special requests", () => {
    const parsed = createBookingInput.parse({ ...valid, specialRequests: "  <b>Window</b> seat\n\tby the door " });
    expect(parsed.durationMinutes).toBe(120);
    expect(parsed.specialRequests).toBe("Window seat\n\tby the door");
  });
  it("refuses NUL and other control characters in contact name and special requests, naming the field", () => {
    expect(issuePaths(createBookingInput.safeParse({ ...valid, specialRequests: "Window seat\u0000" }))).toEqual(["specialRequests"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, contactName: "Ada\u001B[31m" }))).toEqual(["contactName"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, contactEmail: "ada@example.com\u0000" }))).toEqual(["contactEmail"]);
  });
  it("treats blank special requests as none", () => {
    expect(createBookingInput.parse({ ...valid, specialRequests: " <br> " }).specialRequests).toBeNull();
  });
  it("rejects malformed dates and times", () => {
    for (const date of ["2026-02-30", "22/11/2026", "2026-11-22T19:00"]) {
      expect(issuePaths(createBookingInput.safeParse({ ...valid, date }))).toEqual(["date"]);
    }
    for (const time of ["7pm", "24:00", "19:60", "9:00", "19:00:00"]) {
      expect(issuePaths(createBookingInput.safeParse({ ...valid, time }))).toEqual(["time"]);
    }
  });
  it("keeps party size and duration within their limits", () => {
    expect(issuePaths(createBookingInput.safeParse({ ...valid, partySize: 0 }))).toEqual(["partySize"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, partySize: 51 }))).toEqual(["partySize"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, partySize: 2.5 }))).toEqual(["partySize"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, durationMinutes: 20 }))).toEqual(["durationMinutes"]);
    expect(issuePaths(createBookingInput.safeParse({ ...valid, durationMinutes: 510 }))).toEqual(["durationMinutes"]);
  });
  it("rejects type-confused values even where REST would coerce a bare number", () => {
    for (const partySize of ["4", true, null, {}, []]) {
      expect(issuePaths(createBookingInput.safeParse({ ...valid, partySize }))).toEqual(["partySize"]);
    }
    expect(issuePaths(createBookingInput.safeParse({ ...valid, time: { hours: 19 } }))).toEqual(["time"]);
  });
  it("names the free-text field that is too long and rejects unknown fields", () => {
    const tooLong = createBookingInput.safeParse({ ...valid, specialRequests: "x".repeat(501) });
    expect(tooLong.error?.issues[0]).toMatchObject({ path: ["specialRequests"], message: "must be at most 500 characters" });
    expect(createBookingInput.safeParse({ ...valid, status: "CONFIRMED" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});

describe("list inputs", () => {
  it("refuses a range whose end is before its start", () => {
    expect(issuePaths(listBookingsInput.safeParse({ from: "2026-11-22", to: "2026-11-21" }))).toEqual(["to"]);
    expect(listBookingsInput.parse({ from: "2026-11-21", to: "2026-11-21" })).toMatchObject({ page: 1, perPage: 20, order: "asc" });
  });
  it("treats a blank admin search as none and validates the sort", () => {
    expect(adminListBookingsInput.parse({ search: "   " }).search).toBeUndefined();
    expect(issuePaths(adminListBookingsInput.safeParse({ sort: "password" }))).toEqual(["sort"]);
  });
});

describe("write inputs", () => {
  const id = "0b7f3c3e-8a8f-4d55-9a59-55d1d8b1a1a1";
  it("requires a version and at least one change on update", () => {
    expect(issuePaths(updateBookingInput.safeParse({ id, partySize: 3 }))).toEqual(["version"]);
    expect(updateBookingInput.safeParse({ id, version: 1 }).error?.issues[0]?.message).toMatch(/at least one/);
    expect(updateBookingInput.parse({ id, version: 1, specialRequests: null }).specialRequests).toBeNull();
  });
  it("limits internal notes to 2000 characters and cancel reasons to 500", () => {
    expect(issuePaths(setInternalNotesInput.safeParse({ id, version: 1, internalNotes: "x".repeat(2001) }))).toEqual(["internalNotes"]);
    expect(issuePaths(cancelBookingInput.safeParse({ id, reason: "x".repeat(501) }))).toEqual(["reason"]);
    expect(issuePaths(cancelBookingInput.safeParse({ id: "not-a-uuid" }))).toEqual(["id"]);
  });
});

describe("customerBooking output", () => {
  const id = "0b7f3c3e-8a8f-4d55-9a59-55d1d8b1a1a1";
  it("drops staff-only fields", () => {
    const row = {
      id, reference: "SLT-7F3K2Q", date: "2026-11-22", time: "19:00", endTime: "21:00", durationMinutes: 120, partySize: 4,
      status: "PENDING", contactName: "Ada", contactEmail: "ada@example.com", contactPhone: "+447911123456", specialRequests: null,
      cancelledAt: null, cancelReason: null, version: 1, createdAt: new Date(), updatedAt: new Date(), feedback: null, ratingOpenUntil: null,
      internalNotes: "VIP", cancelledLate: false,
    };
    expect(customerBooking.parse(row)).not.toHaveProperty("internalNotes");
    expect(customerBooking.parse(row)).not.toHaveProperty("cancelledLate");
  });
});
