import { describe, expect, it } from "vitest";
import { testTrafficSummary, trafficMinute } from "./test-fixtures.ts";
import { axisTicks, summariseMetric } from "./traffic-metrics.ts";

describe("summariseMetric", () => {
  it("takes the latest minute with a value and the first minute of the peak", () => {
    const series = testTrafficSummary().overall.series;
    expect(summariseMetric(series, "p95Ms")).toEqual({
      latest: { minute: trafficMinute(59), value: 95 },
      peak: { minute: trafficMinute(30), value: 640 },
    });
  });

  it("skips minutes without requests for latency, and says nothing for an empty window", () => {
    const series = testTrafficSummary().overall.series.map((minute, index) => (index >= 58 ? { ...minute, p95Ms: null } : minute));
    expect(summariseMetric(series, "p95Ms").latest).toEqual({ minute: trafficMinute(57), value: 80 });
    expect(summariseMetric([], "requestsPerSecond")).toEqual({ latest: undefined, peak: undefined });
  });
});

describe("axisTicks", () => {
  it("rounds the top up to 1, 2, 5 or 10 times a power of ten, with even steps from zero", () => {
    expect(axisTicks(1.48, 1)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(axisTicks(159, 100)).toEqual([0, 50, 100, 150, 200]);
    expect(axisTicks(0.02, 0.05)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05]);
    expect(axisTicks(7, 5)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(axisTicks(640, 100)).toEqual([0, 250, 500, 750, 1000]);
  });

  it("keeps the floor's scale for a flat zero line", () => {
    expect(axisTicks(0, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(0, 0)).toEqual([0]);
  });
});
