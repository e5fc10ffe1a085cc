import type { Config } from "@slotted/config";
import type { Database, KeyValueStore } from "@slotted/db";
import type { JobQueue } from "@slotted/jobs";
import type { Logger } from "@slotted/logger";
import type { RedisConnection } from "@slotted/db/redis-connection";
import type { AppMetrics } from "./observability/app-metrics.ts";
import type { RateLimitService } from "./rate-limit/rate-limit-service.ts";

/**
 * Long-lived dependencies, built once by the server (or a test) and shared by every request.
 * Procedures reach them through `ctx.services`, never through module-level singletons.
 */
export interface AppServices {
  config: Config;
  logger: Logger;
  db: Database;
  kv: KeyValueStore;
  /** The raw Redis connection (server or cluster) when Redis is configured; the rate limiter's Lua script needs it. */
  redis: RedisConnection | null;
  /** Decides rate limits (Redis, or in process); also where metrics subscribe to decisions. */
  rateLimiter: RateLimitService;
  /** Prometheus registry, 60-minute summary ring and query shapes of this instance. */
  metrics: AppMetrics;
  /** pg-boss on the same database: jobs are enqueued inside the transactions that cause them. */
  jobs: JobQueue;
  startedAt: Date;
}
