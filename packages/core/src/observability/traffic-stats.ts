import { LatencySketch } from "./latency-sketch.ts";

/** Counts and latencies of one minute (or one window) of requests or procedure calls. */
export class TrafficStats {
  requests = 0;
  /** Answers with a 5xx status: faults on our side. */
  errors = 0;
  /** Answers with a 4xx status other than 429. */
  clientErrors = 0;
  /** 429 Too Many Requests. */
  rateLimited = 0;
  readonly latency = new LatencySketch();

  record(status: number, durationMs: number): void {
    this.requests++;
    if (status >= 500) this.errors++;
    else if (status === 429) this.rateLimited++;
    else if (status >= 400) this.clientErrors++;
    this.latency.record(durationMs);
  }

  merge(other: TrafficStats): void {
    this.requests += other.requests;
    this.errors += other.errors;
    this.clientErrors += other.clientErrors;
    this.rateLimited += other.rateLimited;
    this.latency.merge(other.latency);
  }
}

export interface TrafficPoint {
  requests: number;
  requestsPerSecond: number;
  errors: number;
  clientErrors: number;
  rateLimited: number;
  /** errors / requests (0 when there were no requests). */
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const roundMs = (value: number | null) => (value === null ? null : round(value, 1));

/** The chartable numbers of some stats collected over `seconds`. */
export function trafficPoint(stats: TrafficStats | undefined, seconds: number): TrafficPoint {
  if (!stats || stats.requests === 0) {
    return { requests: 0, requestsPerSecond: 0, errors: 0, clientErrors: 0, rateLimited: 0, errorRate: 0, p50Ms: null, p95Ms: null, p99Ms: null };
  }
  return {
    requests: stats.requests,
    requestsPerSecond: round(stats.requests / seconds, 3),
    errors: stats.errors,
    clientErrors: stats.clientErrors,
    rateLimited: stats.rateLimited,
    errorRate: round(stats.errors / stats.requests, 4),
    p50Ms: roundMs(stats.latency.quantile(0.5)),
    p95Ms: roundMs(stats.latency.quantile(0.95)),
    p99Ms: roundMs(stats.latency.quantile(0.99)),
  };
}
