import type { RouterOutputs } from "@slotted/client";

export type TrafficSummary = RouterOutputs["metrics"]["summary"];
export type TrafficMinute = TrafficSummary["overall"]["series"][number];

/** The per-minute figures the dashboard charts (p95 is null in a minute with no requests). */
export type TrafficMetricKey = Extract<keyof TrafficMinute, "requestsPerSecond" | "errorRate" | "p95Ms" | "rateLimited">;

export interface TrafficMetric {
  key: TrafficMetricKey;
  title: string;
  /** Full value, e.g. "0.42 req/s". */
  format: (value: number) => string;
  /** Short axis tick, e.g. "0.4". */
  tick: (value: number) => string;
  /** Line colour: a theme token, so the charts follow the design system. */
  colour: string;
  kind: "area" | "bar";
  /** The y axis reaches at least this, so a flat zero line is not drawn against a made-up scale. */
  axisFloor: number;
  /** Said instead of latest and peak when the whole window is zero. */
  whenZero: string;
}

const decimals = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** Each charted figure, by key. */
export const trafficMetric: { [Key in TrafficMetricKey]: TrafficMetric & { key: Key } } = {
  requestsPerSecond: {
    key: "requestsPerSecond",
    title: "Requests per second",
    format: (value) => `${decimals.format(value)} req/s`,
    tick: (value) => compact.format(value),
    colour: "var(--color-brand-600)",
    kind: "area",
    axisFloor: 1,
    whenZero: "No requests in the last 60 minutes.",
  },
  errorRate: {
    key: "errorRate",
    title: "Server error rate (5xx)",
    format: (value) => percent.format(value),
    tick: (value) => percent.format(value),
    colour: "var(--color-danger)",
    kind: "area",
    axisFloor: 0.05,
    whenZero: "No server errors in the last 60 minutes.",
  },
  p95Ms: {
    key: "p95Ms",
    title: "Latency, 95th percentile",
    format: (value) => `${whole.format(value)} ms`,
    tick: (value) => compact.format(value),
    colour: "var(--color-info)",
    kind: "area",
    axisFloor: 100,
    whenZero: "No requests in the last 60 minutes.",
  },
  rateLimited: {
    key: "rateLimited",
    title: "Rate-limited answers (429)",
    format: (value) => `${whole.format(value)} a minute`,
    tick: (value) => compact.format(value),
    colour: "var(--color-warning)",
    kind: "bar",
    axisFloor: 5,
    whenZero: "Nothing was rate-limited in the last 60 minutes.",
  },
};

/** The charts, in the dashboard's order. */
export const trafficMetrics: readonly TrafficMetric[] = [
  trafficMetric.requestsPerSecond,
  trafficMetric.errorRate,
  trafficMetric.p95Ms,
  trafficMetric.rateLimited,
];

export interface MetricReading {
  /** ISO start of the minute. */
  minute: string;
  value: number;
}

export interface MetricSummary {
  /** The most recent minute with a value. */
  latest: MetricReading | undefined;
  /** The highest value of the window (the earliest such minute on a tie). */
  peak: MetricReading | undefined;
}

/** Latest and peak of one figure: what a chart says in words, for everyone who cannot see it. */
export function summariseMetric(series: readonly TrafficMinute[], key: TrafficMetricKey): MetricSummary {
  let latest: MetricReading | undefined;
  let peak: MetricReading | undefined;
  for (const point of series) {
    const value = point[key];
    if (value === null) continue;
    latest = { minute: point.minute, value };
    if (!peak || value > peak.value) peak = { minute: point.minute, value };
  }
  return { latest, peak };
}

const minuteTime = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "14:32" in the viewer's time zone. */
export function formatMinute(iso: string): string {
  return minuteTime.format(new Date(iso));
}

// Axis tops (times a power of ten) and the step between their ticks.
const axisSteps = [
  [1, 0.25],
  [2, 0.5],
  [5, 1],
  [10, 2.5],
] as const;

/**
 * Round y-axis ticks from 0 to a top of 1, 2, 5 or 10 times a power of ten, at least `floor`
 * (so a quiet hour's flat zero line is drawn against a sensible scale, not 0–4 %).
 */
export function axisTicks(dataMax: number, floor: number): number[] {
  const top = Math.max(dataMax, floor);
  if (!(top > 0) || !Number.isFinite(top)) return [0];
  const magnitude = 10 ** Math.floor(Math.log10(top));
  const [limit, step] = axisSteps.find(([candidate]) => top <= candidate * magnitude) ?? axisSteps[3];
  return Array.from({ length: limit / step + 1 }, (_, index) => Number((index * step * magnitude).toPrecision(12)));
}
