import { createMemoryStore } from "@slotted/db";
import { createLogger } from "@slotted/logger";
import { afterEach, describe, expect, it } from "vitest";
import { cachedJson, invalidateCached, observeCache } from "../cache/cached-json.ts";
import { createAppMetrics, type AppMetrics } from "./app-metrics.ts";

const log = createLogger({ level: "silent" });
const created: AppMetrics[] = [];

function metrics(overrides: { healthProbes?: Record<string, () => Promise<unknown>> } = {}) {
  const instance = createAppMetrics({
    build: { version: "9.9.9", gitCommit: "abc123", nodeVersion: process.version },
    poolStats: () => ({ max: 10, total: 4, idle: 3, waiting: 2 }),
    healthProbes: overrides.healthProbes ?? { database: () => Promise.resolve() },
  });
  created.push(instance);
  return instance;
}

afterEach(() => {
  for (const instance of created.splice(0)) instance.close();
});

/** The value of one sample line, e.g. `cache_operations_total{op="get",result="hit"}`. */
async function sample(instance: AppMetrics, series: string): Promise<number | undefined> {
  const text = await instance.render();
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("createAppMetrics", () => {
  it("counts cachedJson hits, misses, writes and invalidations through the cache observer", async () => {
    const instance = metrics();
    const kv = createMemoryStore();
    observeCache(kv, (op, result) => instance.recordCacheOperation(op, result));
    const compute = () => Promise.resolve({ n: 1 });
    await cachedJson(kv, log, "k", 60, compute);
    await cachedJson(kv, log, "k", 60, compute);
    await cachedJson(kv, log, "k", 60, compute);
    await invalidateCached(kv, log, "k");
    expect(await sample(instance, 'cache_operations_total{op="get",result="miss"}')).toBe(1);
    expect(await sample(instance, 'cache_operations_total{op="get",result="hit"}')).toBe(2);
    expect(await sample(instance, 'cache_operations_total{op="set",result="ok"}')).toBe(1);
    expect(await sample(instance, 'cache_operations_total{op="del",result="ok"}')).toBe(1);
  });

  it("counts a failing cache read as an error, not a miss", async () => {
    const instance = metrics();
    const kv = { ...createMemoryStore(), get: () => Promise.reject(new Error("redis down")) };
    observeCache(kv, (op, result) => instance.recordCacheOperation(op, result));
    await cachedJson(kv, log, "k", 60, () => Promise.resolve(1));
    expect(await sample(instance, 'cache_operations_total{op="get",result="error"}')).toBe(1);
    expect(await sample(instance, 'cache_operations_total{op="get",result="miss"}')).toBe(0);
  });

  it("counts rate-limit decisions by category and outcome and shows the fallback state", async () => {
    const instance = metrics();
    expect(await sample(instance, 'rate_limit_decisions_total{category="auth",outcome="rejected"}')).toBe(0);
    instance.recordRateLimitDecision("auth", "rejected");
    instance.recordRateLimitDecision("auth", "allowed");
    instance.recordRateLimitDecision("auth", "allowed");
    instance.setRateLimitFallback(true);
    expect(await sample(instance, 'rate_limit_decisions_total{category="auth",outcome="allowed"}')).toBe(2);
    expect(await sample(instance, 'rate_limit_decisions_total{category="auth",outcome="rejected"}')).toBe(1);
    expect(await sample(instance, "rate_limit_fallback")).toBe(1);
  });

  it("keeps two instances' counters apart (one registry each)", async () => {
    const a = metrics();
    const b = metrics();
    a.recordHttpRequest({ method: "GET", route: "/metrics", status: 200, durationMs: 3 });
    expect(await sample(a, 'http_requests_total{method="GET",route="/metrics",status="200"}')).toBe(1);
    expect(await sample(b, 'http_requests_total{method="GET",route="/metrics",status="200"}')).toBeUndefined();
  });

  it("reports pool connections, dependency health and build at scrape time", async () => {
    const instance = metrics({ healthProbes: { database: () => Promise.resolve(), cache: () => Promise.reject(new Error("down")) } });
    expect(await sample(instance, 'db_pool_connections{state="active"}')).toBe(1);
    expect(await sample(instance, 'db_pool_connections{state="waiting"}')).toBe(2);
    expect(await sample(instance, 'health_check_status{check="database"}')).toBe(1);
    expect(await sample(instance, 'health_check_status{check="cache"}')).toBe(0);
    expect(await sample(instance, `slotted_build_info{version="9.9.9",commit="abc123",node="${process.version}"}`)).toBe(1);
    expect(await instance.render()).toContain("process_resident_memory_bytes");
  });

  it("caps label values and folds unknown HTTP methods", async () => {
    const instance = metrics();
    for (let i = 0; i < 1_000; i++) instance.recordHttpRequest({ method: "GET", route: `/leak/${i}`, status: 404, durationMs: 1 });
    instance.recordHttpRequest({ method: "PROPFIND", route: "/x", status: 405, durationMs: 1 });
    const text = await instance.render();
    const routes = new Set([...text.matchAll(/^http_requests_total\{[^}]*route="([^"]*)"/gm)].map((m) => m[1]));
    expect(routes.size).toBeLessThanOrEqual(301);
    expect(routes.has("other")).toBe(true);
    expect(text).toContain('http_requests_total{method="OTHER",route="other",status="405"} 1');
  });

  it("feeds procedure calls into trpc_calls_total and the summary", async () => {
    const instance = metrics();
    instance.recordCall({ path: "health.ready", type: "query", code: "OK", status: 200, durationMs: 4 });
    instance.recordCall({ path: "health.ready", type: "query", code: "TOO_MANY_REQUESTS", status: 429, durationMs: 1 });
    expect(await sample(instance, 'trpc_calls_total{path="health.ready",type="query",code="TOO_MANY_REQUESTS"}')).toBe(1);
    const procedure = instance.summary().procedures.find((p) => p.path === "health.ready");
    expect(procedure?.totals).toMatchObject({ requests: 2, rateLimited: 1 });
  });
});
