import { describe, expect, it } from "vitest";
import { formatDuration, formatGuests, formatLongDate, formatMoment, formatShortDate } from "./venue-time.ts";

describe("venue dates", () => {
  it("words a calendar date without a comma, whatever ICU would add", () => {
    expect(formatLongDate("2026-06-14")).toBe("Sunday 14 June 2026");
    expect(formatShortDate("2026-06-14")).toBe("Sun 14 Jun 2026");
    expect(formatShortDate("2026-06-14", { withYear: false })).toBe("Sun 14 Jun");
  });

  it("keeps the calendar day in any zone (dates carry none)", () => {
    // The first and last days of a year, where an offset would show the neighbouring year.
    expect(formatLongDate("2027-01-01")).toBe("Friday 1 January 2027");
    expect(formatShortDate("2026-12-31")).toBe("Thu 31 Dec 2026");
  });
});

describe("durations and parties", () => {
  it.each([
    [30, "30 min"],
    [60, "1 hour"],
    [90, "1 h 30 min"],
    [120, "2 hours"],
    [150, "2 h 30 min"],
  ])("%i minutes → %s", (minutes, words) => expect(formatDuration(minutes)).toBe(words));

  it("counts guests", () => {
    expect(formatGuests(1)).toBe("1 guest");
    expect(formatGuests(4)).toBe("4 guests");
  });
});

describe("formatMoment", () => {
  const at = new Date("2026-06-14T18:05:00Z");

  it("reads a moment at the zone given (the venue's clock)", () => {
    expect(formatMoment(at, { locale: "en-GB", timeZone: "Europe/London" })).toBe("14 Jun 2026, 19:05");
    expect(formatMoment(at, { locale: "en-GB", timeZone: "UTC" })).toBe("14 Jun 2026, 18:05");
  });

  it("uses the visitor's own locale and zone by default", () => {
    expect(formatMoment(at)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(at));
  });
});
