// Summaries of a load run for assertion messages: counts, latency percentiles, surprises.
import { expectedStatuses, type Outcome } from "./mixed-traffic.ts";

export interface LoadSummary {
  requests: number;
  byStatus: Record<number, number>;
  rateLimited: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Creates and cancels the clients saw succeed. */
  created: number;
  cancelled: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

export function summarise(outcomes: Outcome[]): LoadSummary {
  const byStatus: Record<number, number> = {};
  for (const { status } of outcomes) byStatus[status] = (byStatus[status] ?? 0) + 1;
  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return {
    requests: outcomes.length,
    byStatus,
    rateLimited: byStatus[429] ?? 0,
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.at(-1) ?? 0),
    created: outcomes.filter((o) => o.action === "create" && o.status === 201).length,
    cancelled: outcomes.filter((o) => o.action === "cancel" && o.status === 200).length,
  };
}

/** Answers no action should get (5xx, 504, no answer, an unexpected 4xx), first few shown. */
export function surprises(outcomes: Outcome[], sample = 5): { count: number; sample: Outcome[] } {
  const unexpected = outcomes.filter((o) => !expectedStatuses[o.action].includes(o.status));
  return { count: unexpected.length, sample: unexpected.slice(0, sample) };
}

/** One line for assertion messages, so a failure carries the run's numbers. */
export function describeRun(summary: LoadSummary): string {
  return JSON.stringify(summary);
}
