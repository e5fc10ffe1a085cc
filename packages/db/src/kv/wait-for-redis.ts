import { once } from "node:events";
import { isRedisCluster, type RedisConnection } from "./redis-connection.ts";

/**
 * Waits (bounded) for a new connection to be ready. Without an offline queue, commands sent
 * while the socket is still connecting fail at once, so the first requests after start would
 * needlessly fall back to in-process state. A cluster client is "ready" once it knows the slots,
 * but connects to each master only on first use: those connections are opened here too.
 * Resolves false when Redis is not there in time; the caller carries on and the fallback takes over.
 */
export async function waitForRedis(redis: RedisConnection, timeoutMs: number): Promise<boolean> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    if (redis.status !== "ready") await once(redis, "ready", { signal: timeout });
    if (isRedisCluster(redis)) {
      // Both settle without rejecting, so whichever loses the race leaves no unhandled rejection.
      const mastersAnswer = Promise.all(redis.nodes("master").map((node) => node.ping())).then(() => true, () => false);
      const expired = once(timeout, "abort").then(() => false);
      return await Promise.race([mastersAnswer, expired]);
    }
    return true;
  } catch {
    return false;
  }
}
