import { Redis } from "ioredis";
import type { Logger } from "@slotted/logger";

export interface RedisClientOptions {
  url: string;
  logger: Logger;
  /** Namespaces every key (tests give each file its own). */
  keyPrefix?: string;
}

/**
 * One ioredis connection, tuned to fail fast: a slow or absent Redis must cost a request
 * ~50 ms, not hang it, because callers fall back to in-process state or the database.
 */
export function createRedisClient({ url, logger, keyPrefix }: RedisClientOptions): Redis {
  const redis = new Redis(url, {
    keyPrefix: keyPrefix ?? "slotted:",
    commandTimeout: 50,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    lazyConnect: false,
    // Keep trying to reconnect in the background, at most once a second.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
  let healthy = true;
  redis.on("error", (error: Error) => {
    if (healthy) logger.warn({ err: error }, "redis connection error");
    healthy = false;
  });
  redis.on("ready", () => {
    if (!healthy) logger.info("redis connection restored");
    healthy = true;
  });
  return redis;
}
