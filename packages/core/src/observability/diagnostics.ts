import os from "node:os";
import { scrubText } from "@slotted/logger";
import { withLimiterState } from "../rate-limit/limiter-health.ts";
import { checkDependency, type CheckResult } from "../routers/health/check-dependency.ts";
import type { AppServices } from "../services.ts";
import { summariseConfig } from "./config-summary.ts";

export const diagnosticsTimeoutMs = 2_000;

// Driver messages can echo connection strings; never show credentials.
const scrubbed = (check: CheckResult): CheckResult => (check.error ? { ...check, error: scrubText(check.error) } : check);

/**
 * Everything health.detailed reports. Dependency checks run in parallel, each under its own
 * deadline, and never throw: a failing one reports its error in its own section.
 */
export async function collectDiagnostics(services: AppServices) {
  const { db, kv, config, metrics } = services;
  let serverVersion: string | null = null;
  let usedMemoryBytes: number | null = null;
  const [database, cachePing, cacheMemory] = await Promise.all([
    checkDependency(async () => {
      serverVersion = await db.serverVersion();
    }, { timeoutMs: diagnosticsTimeoutMs }),
    checkDependency(() => kv.ping(), { timeoutMs: diagnosticsTimeoutMs, failedStatus: "degraded" }),
    checkDependency(async () => {
      usedMemoryBytes = await kv.usedMemoryBytes();
    }, { timeoutMs: diagnosticsTimeoutMs, failedStatus: "degraded" }),
  ]);
  const limiterState = services.rateLimiter.state();
  // A store that answers PING but not its memory query is still worth flagging.
  const cacheProbe: CheckResult =
    cachePing.status === "up" && cacheMemory.error ? { ...cachePing, status: "degraded", error: `used memory: ${cacheMemory.error}` } : cachePing;
  const cacheCheck = withLimiterState(cacheProbe, limiterState);
  const memory = process.memoryUsage();
  const status: "ok" | "degraded" | "down" = database.status !== "up" ? "down" : cacheCheck.status !== "up" ? "degraded" : "ok";

  return {
    status,
    checkedAt: new Date().toISOString(),
    database: { ...scrubbed(database), mode: db.mode, serverVersion, pool: db.poolStats() },
    cache: { ...scrubbed(cacheCheck), mode: kv.mode, usedMemoryBytes },
    rateLimiter: { state: limiterState },
    process: {
      pid: process.pid,
      uptimeSeconds: Math.round(process.uptime()),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      heapTotalBytes: memory.heapTotal,
      externalBytes: memory.external,
      eventLoop: metrics.eventLoop(),
    },
    system: {
      hostname: os.hostname(),
      platform: process.platform,
      arch: process.arch,
      cpuCount: os.availableParallelism(),
      loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
      freeMemoryBytes: os.freemem(),
      totalMemoryBytes: os.totalmem(),
    },
    build: metrics.build,
    config: summariseConfig(config),
  };
}
