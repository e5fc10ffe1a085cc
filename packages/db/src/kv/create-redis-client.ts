import { Cluster, Redis } from "ioredis";
import type { Logger } from "@slotted/logger";
import { failFastClusterOptions, failFastRedisOptions } from "./redis-client-options.ts";
import type { RedisConnection } from "./redis-connection.ts";

export interface RedisClientOptions {
  /** One server (REDIS_URL)… */
  url?: string;
  /** …or a cluster's seed nodes as host:port (REDIS_CLUSTER_NODES). */
  clusterNodes?: string[];
  logger: Logger;
  /** Namespaces every key (tests give each file its own). */
  keyPrefix?: string;
  /** Overrides the fail-fast 50 ms command timeout. */
  commandTimeoutMs?: number;
}

function seedNode(node: string): { host: string; port: number } {
  const separator = node.lastIndexOf(":");
  return { host: node.slice(0, separator), port: Number(node.slice(separator + 1)) };
}

/**
 * One ioredis connection to a server or a cluster, tuned to fail fast (see
 * `failFastRedisOptions`): a slow or absent Redis must cost a request ~50 ms, not hang it,
 * because callers fall back to in-process state.
 */
export function createRedisClient({ url, clusterNodes, logger, keyPrefix, commandTimeoutMs }: RedisClientOptions): RedisConnection {
  const overrides = { keyPrefix: keyPrefix ?? "slotted:", ...(commandTimeoutMs === undefined ? {} : { commandTimeout: commandTimeoutMs }) };
  let redis: RedisConnection;
  if (clusterNodes && clusterNodes.length > 0) redis = new Cluster(clusterNodes.map(seedNode), failFastClusterOptions(overrides));
  else if (url) redis = new Redis(url, failFastRedisOptions(overrides));
  else throw new Error("createRedisClient needs a url or cluster nodes");

  let healthy = true;
  redis.on("error", (error: Error) => {
    if (healthy) logger.warn({ err: error }, "redis connection error");
    healthy = false;
  });
  redis.on("ready", () => {
    if (!healthy) logger.info("redis connection restored");
    healthy = true;
  });
  return redis;
}
