import { describe, expect, it } from "vitest";
import { LatencySketch } from "./latency-sketch.ts";

describe("LatencySketch", () => {
  it("reports nothing before the first sample", () => {
    expect(new LatencySketch().quantile(0.5)).toBeNull();
  });

  it("estimates quantiles within 5 % of the exact value", () => {
    const sketch = new LatencySketch();
    for (let ms = 1; ms <= 10_000; ms++) sketch.record(ms / 10);
    for (const [q, exact] of [[0.5, 500], [0.95, 950], [0.99, 990]] as const) {
      const estimate = sketch.quantile(q) ?? 0;
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
    }
    expect(sketch.count).toBe(10_000);
  });

  it("never reports a quantile outside the observed range", () => {
    const sketch = new LatencySketch();
    sketch.record(42);
    expect(sketch.quantile(0.01)).toBe(42);
    expect(sketch.quantile(0.99)).toBe(42);
  });

  it("merges two sketches as if every sample had gone into one", () => {
    const a = new LatencySketch();
    const b = new LatencySketch();
    const both = new LatencySketch();
    for (let i = 1; i <= 500; i++) {
      a.record(i);
      both.record(i);
      b.record(i * 3);
      both.record(i * 3);
    }
    a.merge(b);
    expect(a.count).toBe(both.count);
    expect(a.quantile(0.9)).toBe(both.quantile(0.9));
    expect(a.maxMs).toBe(1500);
  });

  it("keeps huge, zero and invalid durations without growing", () => {
    const sketch = new LatencySketch();
    sketch.record(0);
    sketch.record(Number.NaN);
    sketch.record(86_400_000);
    expect(sketch.count).toBe(3);
    expect(sketch.quantile(1)).toBe(86_400_000);
  });
});
