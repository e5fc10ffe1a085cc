import type { PoolStats } from "@slotted/db";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CacheOperation, CacheResult } from "../cache/cached-json.ts";
import { limitedCategories, type LimitedCategory } from "../rate-limit/policies.ts";
import type { DecisionOutcome } from "../rate-limit/types.ts";
import { checkDependency } from "../routers/health/check-dependency.ts";
import { boundedLabel, methodLabel } from "./bounded-label.ts";
import type { BuildInfo } from "./build-info.ts";
import { createEventLoopMonitor, type EventLoopStats } from "./event-loop-monitor.ts";
import { MinuteRing, type TrafficWindow } from "./minute-ring.ts";
import { processMetricsRegistry } from "./process-metrics.ts";
import { QueryShapeLog, type QueryShapeStat } from "./query-shape-log.ts";

export interface HttpSample {
  method: string;
  /** Route template (`/api/v1/bookings/{id}`, `unmatched`), never the raw URL. */
  route: string;
  status: number;
  durationMs: number;
}

export interface CallSample {
  /** Procedure path as defined in the router (`bookings.create`), never taken from the URL. */
  path: string;
  type: "query" | "mutation" | "subscription";
  /** `OK` or the tRPC error code. */
  code: string;
  /** HTTP status the call answers with. */
  status: number;
  durationMs: number;
}

/** Every number Slotted records about itself, for one AppServices instance. */
export interface AppMetrics {
  /** This instance's registry (its own counters plus the shared process metrics). */
  readonly registry: Registry;
  readonly build: BuildInfo;
  /** Prometheus text exposition of everything in the registry. */
  render(): Promise<string>;
  readonly contentType: string;
  recordHttpRequest(sample: HttpSample): void;
  recordCall(sample: CallSample): void;
  recordRateLimitDecision(category: LimitedCategory, outcome: DecisionOutcome): void;
  /** True while rate limiting runs in process because Redis is unavailable. */
  setRateLimitFallback(active: boolean): void;
  recordCacheOperation(op: CacheOperation, result: CacheResult): void;
  /** A finished database statement: SQL text with placeholders (never its parameters) and duration. */
  recordQuery(sql: string, durationMs: number): void;
  /** The last 60 minutes of traffic, overall and per procedure, from this process. */
  summary(): TrafficWindow;
  slowestQueries(limit: number): QueryShapeStat[];
  /** Number of distinct query shapes currently tracked. */
  queryShapeCount(): number;
  eventLoop(): EventLoopStats;
  close(): void;
}

export interface AppMetricsOptions {
  build: BuildInfo;
  /** Read at scrape time for `db_pool_connections`. */
  poolStats: () => PoolStats;
  /** Dependency checks run at scrape time for `health_check_status{check}` (1 up, 0 not). */
  healthProbes: Record<string, () => Promise<unknown>>;
  /** Read at scrape time for `slotted_jobs{queue,state}`: jobs waiting, running or failed. */
  jobCounts?: () => Promise<{ queue: string; state: string; count: number }[]>;
  now?: () => number;
}

const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const scrapeProbeTimeoutMs = 1_000;
const cacheOutcomes: [CacheOperation, CacheResult][] = [
  ["get", "hit"],
  ["get", "miss"],
  ["get", "error"],
  ["set", "ok"],
  ["set", "error"],
  ["del", "ok"],
  ["del", "error"],
];

/**
 * Builds the metrics of one app instance in a registry of its own (never prom-client's global
 * one), so two servers in one process (tests) never share counters.
 */
export function createAppMetrics(options: AppMetricsOptions): AppMetrics {
  const own = new Registry();
  const registers = [own];
  const routeLabel = boundedLabel(300);
  const pathLabel = boundedLabel(300);
  const eventLoop = createEventLoopMonitor();
  const ring = new MinuteRing({ now: options.now });
  const queries = new QueryShapeLog({ now: options.now });

  const httpRequests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route template and status",
    labelNames: ["method", "route", "status"] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration from arrival to the last byte, by method and route template",
    labelNames: ["method", "route"] as const,
    buckets: durationBuckets,
    registers,
  });
  const trpcCalls = new Counter({
    name: "trpc_calls_total",
    help: "Procedure calls (tRPC and REST), by procedure path, type and result code",
    labelNames: ["path", "type", "code"] as const,
    registers,
  });
  const trpcDuration = new Histogram({
    name: "trpc_call_duration_seconds",
    help: "Procedure call duration, by procedure path and type",
    labelNames: ["path", "type"] as const,
    buckets: durationBuckets,
    registers,
  });
  const rateLimitDecisions = new Counter({
    name: "rate_limit_decisions_total",
    help: "Rate-limit decisions, by policy category and outcome",
    labelNames: ["category", "outcome"] as const,
    registers,
  });
  const rateLimitFallback = new Gauge({
    name: "rate_limit_fallback",
    help: "1 while rate limiting runs in process because Redis is unavailable",
    registers,
  });
  const cacheOperations = new Counter({
    name: "cache_operations_total",
    help: "Read-through cache operations, by operation and result (get: hit/miss/error)",
    labelNames: ["op", "result"] as const,
    registers,
  });
  new Gauge({
    name: "db_pool_connections",
    help: "Database pool connections by state (total = idle + active; max is the configured size)",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const pool = options.poolStats();
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "active" }, Math.max(0, pool.total - pool.idle));
      this.set({ state: "waiting" }, pool.waiting);
      this.set({ state: "max" }, pool.max);
    },
  });
  new Gauge({
    name: "health_check_status",
    help: "Dependency health checked at scrape time: 1 up, 0 down or degraded",
    labelNames: ["check"] as const,
    registers,
    async collect() {
      const results = await Promise.all(
        Object.entries(options.healthProbes).map(async ([check, probe]) => {
          const result = await checkDependency(probe, { timeoutMs: scrapeProbeTimeoutMs });
          return [check, result.status === "up" ? 1 : 0] as const;
        }),
      );
      for (const [check, value] of results) this.set({ check }, value);
    },
  });
  const { jobCounts } = options;
  if (jobCounts) {
    new Gauge({
      name: "slotted_jobs",
      help: "Background jobs by queue and state (created, retry, active, failed), counted at scrape time; failed-jobs holds those out of retries",
      labelNames: ["queue", "state"] as const,
      registers,
      async collect() {
        // A database that cannot answer leaves the last values: its own health check reports it.
        const counts = await jobCounts().catch(() => undefined);
        if (!counts) return;
        this.reset();
        for (const { queue, state, count } of counts) this.set({ queue, state }, count);
      },
    });
  }
  new Gauge({
    name: "nodejs_eventloop_utilization_ratio",
    help: "Share of the last monitoring window (up to 60 s) the event loop was busy",
    registers,
    collect() {
      this.set(eventLoop.stats().utilization);
    },
  });
  new Gauge({
    name: "slotted_build_info",
    help: "Always 1; the labels say which build is running",
    labelNames: ["version", "commit", "node"] as const,
    registers,
  }).set({ version: options.build.version, commit: options.build.gitCommit ?? "unknown", node: options.build.nodeVersion }, 1);

  // Known label combinations start at 0, so dashboards and rate() see them before the first event.
  for (const category of limitedCategories) {
    for (const outcome of ["allowed", "rejected"] as const) rateLimitDecisions.inc({ category, outcome }, 0);
  }
  for (const [op, result] of cacheOutcomes) cacheOperations.inc({ op, result }, 0);
  rateLimitFallback.set(0);

  const registry = Registry.merge([processMetricsRegistry(), own]);

  return {
    registry,
    build: options.build,
    render: () => registry.metrics(),
    contentType: registry.contentType,
    recordHttpRequest({ method, route, status, durationMs }) {
      const labels = { method: methodLabel(method), route: routeLabel(route) };
      httpRequests.inc({ ...labels, status: String(status) });
      httpDuration.observe(labels, durationMs / 1000);
      ring.recordRequest(status, durationMs);
    },
    recordCall({ path, type, code, status, durationMs }) {
      const label = pathLabel(path);
      trpcCalls.inc({ path: label, type, code });
      trpcDuration.observe({ path: label, type }, durationMs / 1000);
      ring.recordCall(label, status, durationMs);
    },
    recordRateLimitDecision(category, outcome) {
      rateLimitDecisions.inc({ category, outcome });
    },
    setRateLimitFallback(active) {
      rateLimitFallback.set(active ? 1 : 0);
    },
    recordCacheOperation(op, result) {
      cacheOperations.inc({ op, result });
    },
    recordQuery(sql, durationMs) {
      queries.record(sql, durationMs);
    },
    summary: () => ring.snapshot(),
    slowestQueries: (limit) => queries.slowest(limit),
    queryShapeCount: () => queries.size,
    eventLoop: () => eventLoop.stats(),
    close: () => eventLoop.close(),
  };
}
