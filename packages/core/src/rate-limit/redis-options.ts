import type { RedisOptions } from "ioredis";

/**
 * ioredis options the limiter is designed around; the app should build its client with them.
 * Failing fast (no offline queue, no per-request retries, 50 ms timeout) is what lets the
 * limiter fall back to memory without adding latency. Reconnects are capped at 1 s so
 * recovery follows a returning Redis about as quickly as the limiter's PING probe.
 */
export function createRedisClientOptions(
  overrides: RedisOptions = {},
): RedisOptions {
  return {
    commandTimeout: 50,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (times: number) => Math.min(50 * 2 ** (times - 1), 1000),
    ...overrides,
  };
}
