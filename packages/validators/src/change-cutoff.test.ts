import { describe, expect, it } from "vitest";
import { changeDeadline, changePolicyWording, changesClosed, changesClosedMessage, formatChangeDeadline } from "./change-cutoff.ts";

describe("the change cut-off", () => {
  const booking = { date: "2026-12-04", time: "19:00" };

  it("closes changes the cut-off before the start, to the minute", () => {
    expect(changeDeadline(booking, 120)).toEqual({ date: "2026-12-04", minute: 17 * 60 });
    expect(changesClosed(booking, 120, { date: "2026-12-04", minute: 17 * 60 - 1 })).toBe(false);
    expect(changesClosed(booking, 120, { date: "2026-12-04", minute: 17 * 60 })).toBe(true);
    expect(changesClosed(booking, 120, { date: "2026-12-03", minute: 23 * 60 })).toBe(false);
    expect(changesClosed(booking, 120, { date: "2026-12-05", minute: 0 })).toBe(true);
  });

  it("reaches back over midnight and over several days", () => {
    expect(changeDeadline({ date: "2026-12-04", time: "01:00" }, 120)).toEqual({ date: "2026-12-03", minute: 23 * 60 });
    expect(changeDeadline({ date: "2026-12-04", time: "12:00" }, 48 * 60)).toEqual({ date: "2026-12-02", minute: 12 * 60 });
    expect(changeDeadline({ date: "2026-03-01", time: "00:00" }, 24 * 60)).toEqual({ date: "2026-02-28", minute: 0 });
  });

  it("says until when the customer could have acted", () => {
    expect(formatChangeDeadline({ date: "2026-12-04", minute: 17 * 60 })).toBe("17:00 on Friday 4 December");
    expect(changesClosedMessage(booking, 120, "cancel", "Chez Test")).toBe(
      "Changes close 2 hours before the start: you could cancel until 17:00 on Friday 4 December. Contact Chez Test to change it now.",
    );
    expect(changePolicyWording(120)).toBe("Free changes until 2 hours before the start");
    expect(changePolicyWording(90)).toBe("Free changes until 1 h 30 min before the start");
  });
});
