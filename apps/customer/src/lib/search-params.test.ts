import { describe, expect, it } from "vitest";
import { validateSignInSearch } from "@slotted/app-shell";
import { validateBookSearch } from "../features/booking/book-search.ts";
import { validateBookingsSearch } from "../features/my-bookings/bookings-search.ts";

// The router hands validators whatever the URL held, already JSON-parsed; the types only
// describe what links may write. These tests feed them what a hand-edited URL can hold.
type Loose<T> = T & Record<string, unknown>;
const loose = <T>(value: Record<string, unknown>) => value as Loose<T>;

describe("search parameters", () => {
  it("keeps a good booking choice and drops malformed parts, always naming every key", () => {
    expect(validateBookSearch(loose({ date: "2026-06-14", time: "19:30", party: 4, duration: "120" }))).toEqual({
      date: "2026-06-14",
      time: "19:30",
      party: 4,
      duration: 120,
    });
    expect(validateBookSearch(loose({ date: "2026-13-40", time: "7pm", party: -1, duration: "two hours" }))).toEqual({
      date: undefined,
      time: undefined,
      party: undefined,
      duration: undefined,
    });
  });

  it("falls back to the first page of upcoming bookings", () => {
    expect(validateBookingsSearch(loose({ tab: "archived", status: "LOST", page: 0 }))).toEqual({ tab: "upcoming", status: undefined, page: 1 });
    expect(validateBookingsSearch(loose({ tab: "past", status: "CANCELLED", page: 3 }))).toEqual({ tab: "past", status: "CANCELLED", page: 3 });
  });

  it("keeps only an in-app redirect", () => {
    expect(validateSignInSearch(loose({ redirect: "/bookings?tab=past" }))).toEqual({ redirect: "/bookings?tab=past" });
    expect(validateSignInSearch(loose({ redirect: "https://evil.example" }))).toEqual({ redirect: undefined });
    expect(validateSignInSearch(loose({ redirect: 42 }))).toEqual({ redirect: undefined });
  });
});
