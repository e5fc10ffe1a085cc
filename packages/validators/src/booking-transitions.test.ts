import { describe, expect, it } from "vitest";
import { allowedNextStatuses, bookingTransitions } from "./booking-transitions.ts";
import { bookingStatus, bookingStatuses } from "./bookings.ts";

describe("bookingTransitions", () => {
  it("has an entry for every status and lists only valid, distinct, different statuses", () => {
    expect(Object.keys(bookingTransitions).sort()).toEqual([...bookingStatuses].sort());
    for (const [from, targets] of Object.entries(bookingTransitions)) {
      for (const target of targets) expect(bookingStatus.safeParse(target).success).toBe(true);
      expect(new Set(targets).size).toBe(targets.length);
      expect(targets).not.toContain(from);
    }
  });

  it("gives the final statuses no way out", () => {
    for (const status of ["COMPLETED", "CANCELLED", "NO_SHOW"] as const) expect(allowedNextStatuses(status)).toEqual([]);
  });

  it("answers the lifecycle moves", () => {
    expect(allowedNextStatuses("PENDING")).toEqual(["CONFIRMED", "CANCELLED"]);
    expect(allowedNextStatuses("CONFIRMED")).toEqual(["SEATED", "CANCELLED", "NO_SHOW"]);
    expect(allowedNextStatuses("SEATED")).toEqual(["COMPLETED"]);
  });
});
