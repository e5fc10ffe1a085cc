import type { Cluster, Redis } from "ioredis";

/** One Redis server (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES): the commands Slotted uses work on both. */
export type RedisConnection = Redis | Cluster;

export function isRedisCluster(connection: RedisConnection): connection is Cluster {
  return connection.isCluster;
}

/** The per-command timeout the connection was built with; a cluster keeps it in each node's options. */
export function commandTimeoutOf(connection: RedisConnection): number {
  const timeout = isRedisCluster(connection) ? connection.options.redisOptions?.commandTimeout : connection.options.commandTimeout;
  return timeout ?? 0;
}

/**
 * Answers when Redis can serve keys. A cluster node answers PING even while the cluster refuses
 * every key (a master is down and its slots are uncovered), so a cluster must also report
 * `cluster_state:ok` before it counts as back.
 */
export async function pingRedis(connection: RedisConnection): Promise<void> {
  if (!isRedisCluster(connection)) {
    await connection.ping();
    return;
  }
  const info = await connection.cluster("INFO");
  if (!/^cluster_state:ok\b/m.test(info)) throw new Error("Redis Cluster is down: not every hash slot is served");
}
