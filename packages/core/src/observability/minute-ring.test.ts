import { describe, expect, it } from "vitest";
import { MinuteRing } from "./minute-ring.ts";

const minute = 60_000;

function clock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("MinuteRing", () => {
  it("answers 60 one-minute points, oldest first, even with no traffic", () => {
    const time = clock(Date.UTC(2026, 0, 1, 12, 0, 30));
    const window = new MinuteRing({ now: time.now }).snapshot();
    expect(window.overall.series).toHaveLength(60);
    expect(window.overall.series.at(-1)?.minute).toBe("2026-01-01T12:00:00.000Z");
    expect(window.overall.series[0]?.minute).toBe("2026-01-01T11:01:00.000Z");
    expect(window.overall.totals).toMatchObject({ requests: 0, errorRate: 0, p50Ms: null });
    expect(window.procedures).toEqual([]);
  });

  it("puts each request in its minute and counts errors, client errors and 429s apart", () => {
    const time = clock(Date.UTC(2026, 0, 1, 12, 0, 0));
    const ring = new MinuteRing({ now: time.now });
    ring.recordRequest(200, 10);
    ring.recordRequest(500, 30);
    time.advance(minute);
    ring.recordRequest(429, 1);
    ring.recordRequest(404, 2);
    ring.recordRequest(200, 20);
    const { overall } = ring.snapshot();
    expect(overall.series.at(-2)).toMatchObject({ requests: 2, errors: 1, errorRate: 0.5, clientErrors: 0, rateLimited: 0 });
    expect(overall.series.at(-1)).toMatchObject({ requests: 3, errors: 0, clientErrors: 1, rateLimited: 1, requestsPerSecond: 0.05 });
    expect(overall.totals).toMatchObject({ requests: 5, errors: 1, rateLimited: 1, clientErrors: 1 });
    expect(overall.totals.p99Ms).toBeGreaterThan(25);
  });

  it("keeps per-procedure series beside the overall one", () => {
    const time = clock(Date.UTC(2026, 0, 1, 12, 0, 0));
    const ring = new MinuteRing({ now: time.now });
    for (let i = 0; i < 10; i++) ring.recordCall("bookings.create", 200, 5 + i);
    ring.recordCall("health.ready", 503, 2_000);
    const { procedures } = ring.snapshot();
    expect(procedures.map((p) => p.path)).toEqual(["bookings.create", "health.ready"]);
    expect(procedures[0]?.totals).toMatchObject({ requests: 10, errors: 0 });
    expect(procedures[0]?.totals.p50Ms).toBeGreaterThanOrEqual(8);
    expect(procedures[0]?.totals.p50Ms).toBeLessThanOrEqual(10.5);
    expect(procedures[1]?.totals).toMatchObject({ requests: 1, errors: 1, errorRate: 1 });
  });

  it("forgets minutes older than the window and reuses their slots", () => {
    const time = clock(Date.UTC(2026, 0, 1, 12, 0, 0));
    const ring = new MinuteRing({ now: time.now });
    ring.recordRequest(200, 1);
    ring.recordCall("old.procedure", 200, 1);
    time.advance(59 * minute);
    expect(ring.snapshot().overall.totals.requests).toBe(1);
    time.advance(minute);
    ring.recordRequest(200, 1);
    const window = ring.snapshot();
    expect(window.overall.totals.requests).toBe(1);
    expect(window.overall.series[0]?.requests).toBe(0);
    expect(window.procedures).toEqual([]);
  });

  it("bounds the procedures kept per minute", () => {
    const ring = new MinuteRing({ maxProcedures: 3, now: () => 0 });
    for (let i = 0; i < 10; i++) ring.recordCall(`p${i}`, 200, 1);
    const paths = ring.snapshot().procedures.map((p) => p.path);
    expect(paths).toEqual(["other", "p0", "p1"]);
  });
});
