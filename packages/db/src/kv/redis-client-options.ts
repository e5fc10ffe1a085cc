import type { RedisOptions } from "ioredis";

/**
 * The one definition of how Slotted talks to Redis (the cache and the rate limiter share the
 * connection). Failing fast is the point: no offline queue, no per-request retries and a 50 ms
 * command timeout make a down or slow Redis cost a request ~50 ms, after which callers fall
 * back to in-process state. Reconnects back off to at most once a second, so a returning Redis
 * is picked up about as quickly as the rate limiter's recovery probe looks for it.
 */
export function failFastRedisOptions(overrides: RedisOptions = {}): RedisOptions {
  return {
    commandTimeout: 50,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt: number) => Math.min(50 * 2 ** (attempt - 1), 1_000),
    ...overrides,
  };
}

/** ioredis rejects with a plain Error carrying this message when `commandTimeout` elapses. */
export function isCommandTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === "Command timed out";
}
