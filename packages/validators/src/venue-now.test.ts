import { describe, expect, it } from "vitest";
import { venueNow } from "./venue-now.ts";

describe("venueNow", () => {
  const instant = new Date("2026-03-01T22:45:00Z");

  it("reads the venue's wall clock, not the machine's", () => {
    expect(venueNow("UTC", instant)).toEqual({ date: "2026-03-01", minute: 22 * 60 + 45 });
    // Auckland is 13 hours ahead in March: already the next day.
    expect(venueNow("Pacific/Auckland", instant)).toEqual({ date: "2026-03-02", minute: 11 * 60 + 45 });
    expect(venueNow("America/New_York", instant)).toEqual({ date: "2026-03-01", minute: 17 * 60 + 45 });
  });

  it("counts midnight as minute 0 (a 24:00 clock would break 'already started' checks)", () => {
    expect(venueNow("UTC", new Date("2026-03-01T00:00:00Z"))).toEqual({ date: "2026-03-01", minute: 0 });
  });
});
