export { createTestDatabase, type TestDatabase } from "./test-database.ts";
export { redisClusterAvailable, startRedisCluster, type RedisClusterNode, type TestRedisCluster } from "./redis-cluster.ts";
