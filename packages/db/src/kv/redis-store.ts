import type { Redis } from "ioredis";
import type { KeyValueStore } from "./key-value-store.ts";
import { isCommandTimeout } from "./redis-client-options.ts";

const pingAttempts = 3;

/** The cache over an ioredis connection; keys are namespaced by the client's `keyPrefix`. */
export function createRedisStore(redis: Redis): KeyValueStore {
  return {
    mode: "redis",
    // A health probe, not a request-path command: the check around it has its own deadline, so a
    // PING that missed the short command timeout during a busy moment is tried again.
    ping: async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await redis.ping();
          return;
        } catch (error) {
          if (attempt >= pingAttempts || !isCommandTimeout(error)) throw error;
        }
      }
    },
    get: (key) => redis.get(key),
    set: async (key, value, ttlSeconds) => {
      await redis.set(key, value, "EX", Math.max(1, Math.ceil(ttlSeconds)));
    },
    del: async (...keys) => {
      if (keys.length > 0) await redis.del(...keys);
    },
    usedMemoryBytes: async () => {
      const info = await redis.info("memory");
      const match = /^used_memory:(\d+)/m.exec(info);
      return match?.[1] ? Number(match[1]) : 0;
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
