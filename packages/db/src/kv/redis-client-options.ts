import type { ClusterOptions, RedisOptions } from "ioredis";

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

/**
 * The same fail-fast contract on a Redis Cluster. ioredis would otherwise hold a command while
 * the cluster is down or failing over and retry it later; here it fails at once, so the request
 * is decided in process, and the rate limiter's probe notices when every slot is served again.
 * MOVED and ASK redirections (slots migrating between healthy nodes) are still followed.
 */
export function failFastClusterOptions(overrides: RedisOptions = {}): ClusterOptions {
  const { retryStrategy, enableOfflineQueue, ...nodeOptions } = failFastRedisOptions(overrides);
  return {
    keyPrefix: nodeOptions.keyPrefix,
    enableOfflineQueue: enableOfflineQueue ?? false,
    retryDelayOnClusterDown: 0,
    retryDelayOnFailover: 0,
    retryDelayOnTryAgain: 0,
    slotsRefreshTimeout: 1_000,
    // Reconnecting to the cluster as a whole backs off like a single server's connection.
    clusterRetryStrategy: (attempt: number) => (retryStrategy ? retryStrategy(attempt) : 1_000) ?? 1_000,
    redisOptions: nodeOptions,
  };
}

/** ioredis rejects with a plain Error carrying this message when `commandTimeout` elapses. */
export function isCommandTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === "Command timed out";
}
