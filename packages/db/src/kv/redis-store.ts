import type { KeyValueStore } from "./key-value-store.ts";
import { isCommandTimeout } from "./redis-client-options.ts";
import { isRedisCluster, pingRedis, type RedisConnection } from "./redis-connection.ts";

const pingAttempts = 3;

/** Bytes Redis uses: on a cluster, summed over the masters (replicas hold copies). */
async function usedMemoryBytes(redis: RedisConnection): Promise<number> {
  const servers = isRedisCluster(redis) ? redis.nodes("master") : [redis];
  const infos = await Promise.all(servers.map((server) => server.info("memory")));
  return infos.reduce((sum, info) => sum + Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? 0), 0);
}

/** The cache over an ioredis server or cluster connection; keys are namespaced by the client's `keyPrefix`. */
export function createRedisStore(redis: RedisConnection): KeyValueStore {
  return {
    mode: "redis",
    // A health probe, not a request-path command: the check around it has its own deadline, so a
    // PING that missed the short command timeout during a busy moment is tried again.
    ping: async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await pingRedis(redis);
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
    // One DEL per key: cache keys hash to different cluster slots, and a multi-key DEL across
    // slots is refused (CROSSSLOT). The commands still go out together, without waiting.
    del: async (...keys) => {
      await Promise.all(keys.map((key) => redis.del(key)));
    },
    usedMemoryBytes: () => usedMemoryBytes(redis),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
