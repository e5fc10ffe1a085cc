export type { KeyValueStore, KeyValueMode } from "./key-value-store.ts";
export { createMemoryStore } from "./memory-store.ts";
export { createRedisStore } from "./redis-store.ts";
export { createRedisClient, type RedisClientOptions } from "./create-redis-client.ts";
export { failFastClusterOptions, failFastRedisOptions, isCommandTimeout } from "./redis-client-options.ts";
export { waitForRedis } from "./wait-for-redis.ts";
export { commandTimeoutOf, isRedisCluster, pingRedis, type RedisConnection } from "./redis-connection.ts";
