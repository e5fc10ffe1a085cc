import { describe, expect, it } from "vitest";
import { venueInstant } from "./venue-instant.ts";

describe("venueInstant", () => {
  it("turns the venue's wall clock into the instant, either side of a daylight-saving change", () => {
    expect(venueInstant("UTC", "2026-12-04", 19 * 60 + 30).toISOString()).toBe("2026-12-04T19:30:00.000Z");
    // London is on GMT in winter and BST (UTC+1) in summer.
    expect(venueInstant("Europe/London", "2026-12-04", 19 * 60).toISOString()).toBe("2026-12-04T19:00:00.000Z");
    expect(venueInstant("Europe/London", "2026-07-04", 19 * 60).toISOString()).toBe("2026-07-04T18:00:00.000Z");
    expect(venueInstant("America/New_York", "2026-03-08", 12 * 60).toISOString()).toBe("2026-03-08T16:00:00.000Z");
    expect(venueInstant("Asia/Kolkata", "2026-01-01", 0).toISOString()).toBe("2025-12-31T18:30:00.000Z");
  });
});
