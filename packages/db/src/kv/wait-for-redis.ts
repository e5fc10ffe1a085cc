import { once } from "node:events";
import type { Redis } from "ioredis";

/**
 * Waits (bounded) for a new connection to be ready. Without an offline queue, commands sent
 * while the socket is still connecting fail at once, so the first requests after start would
 * needlessly fall back to in-process state. Resolves false when Redis is not there in time;
 * the caller carries on and the fallback takes over.
 */
export async function waitForRedis(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === "ready") return true;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    await once(redis, "ready", { signal: timeout });
    return true;
  } catch {
    return false;
  }
}
