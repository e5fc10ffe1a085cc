import { Redis } from "ioredis";
import type { Logger } from "@slotted/logger";
import { failFastRedisOptions } from "./redis-client-options.ts";

export interface RedisClientOptions {
  url: string;
  logger: Logger;
  /** Namespaces every key (tests give each file its own). */
  keyPrefix?: string;
  /** Overrides the fail-fast 50 ms command timeout. */
  commandTimeoutMs?: number;
}

/**
 * One ioredis connection, tuned to fail fast (see `failFastRedisOptions`): a slow or absent
 * Redis must cost a request ~50 ms, not hang it, because callers fall back to in-process state.
 */
export function createRedisClient({ url, logger, keyPrefix, commandTimeoutMs }: RedisClientOptions): Redis {
  const redis = new Redis(
    url,
    failFastRedisOptions({ keyPrefix: keyPrefix ?? "slotted:", ...(commandTimeoutMs === undefined ? {} : { commandTimeout: commandTimeoutMs }) }),
  );
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
