import type { Config } from "@slotted/config";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAppMetrics, createRateLimitService, instrumentServices, resolveBuildInfo, type AppServices } from "@slotted/core";
import { createDatabase, createMemoryStore, createRedisClient, createRedisStore, waitForRedis } from "@slotted/db";
import { createJobQueue } from "@slotted/jobs";
import type { Logger } from "@slotted/logger";

export interface CreateServicesOptions {
  /** Namespaces Redis keys (tests give each file its own); defaults to REDIS_KEY_PREFIX. */
  redisKeyPrefix?: string;
  /** Use this database instead of opening one from config (tests pass a fresh one). */
  database?: AppServices["db"];
}

/**
 * The migrated PGlite template the build writes beside the bundle (dist/pglite-template), found
 * from the bundle and from source alike; undefined when it was not built.
 */
function builtPgliteTemplate(): string | undefined {
  const candidates = [new URL("./pglite-template/", import.meta.url), new URL("../dist/pglite-template/", import.meta.url)];
  return candidates.map((url) => fileURLToPath(url)).find((dir) => existsSync(dir));
}

/** Opens every long-lived dependency for the configured mode (real servers or embedded defaults). */
export async function createServices(config: Config, logger: Logger, options: CreateServicesOptions = {}): Promise<AppServices> {
  const db =
    options.database ??
    (await createDatabase(config.database, {
      logger,
      migrate: config.database.migrateOnStart,
      pgliteTemplateDir: config.database.url ? undefined : builtPgliteTemplate(),
    }));
  const redis =
    config.redis.url || config.redis.clusterNodes
      ? createRedisClient({
          url: config.redis.url,
          clusterNodes: config.redis.clusterNodes,
          logger,
          keyPrefix: options.redisKeyPrefix ?? config.redis.keyPrefix,
          commandTimeoutMs: config.redis.commandTimeoutMs,
        })
      : null;
  const kv = redis ? createRedisStore(redis) : createMemoryStore();
  logger.info(
    { database: db.mode, cache: kv.mode, environment: config.env },
    `using ${db.mode === "postgres" ? "PostgreSQL" : `embedded PGlite (${config.database.pgliteDataDir})`} and ${redis ? (config.redis.clusterNodes ? "Redis Cluster" : "Redis") : "the in-process store"}`,
  );
  if (redis && !(await waitForRedis(redis, 2_000))) {
    logger.warn("Redis is not answering yet: starting with in-process cache and rate limits until it does");
  }
  // Shares the cache's connection: same fail-fast options, one socket per process.
  const rateLimiter = createRateLimitService({ redis, logger });
  const metrics = createAppMetrics({
    build: resolveBuildInfo(config, { packageJson: fileURLToPath(new URL("../package.json", import.meta.url)) }),
    // Read through `services`, so a database swapped in later (tests) is the one reported.
    poolStats: () => services.db.poolStats(),
    healthProbes: { database: () => services.db.ping(), cache: () => services.kv.ping() },
    jobCounts: () => services.jobs.counts(),
  });
  // Maintenance and cron run where the workers run: here, unless they are separate processes.
  const jobs = createJobQueue({ database: db, config, logger, supervise: config.jobs.workerMode === "inline" });
  await jobs.start();
  const services: AppServices = { config, logger, db, kv, redis, rateLimiter, metrics, jobs, startedAt: new Date() };
  instrumentServices(services);
  return services;
}

/**
 * Releases what createServices opened: the job queue (an in-process worker finishes or releases
 * its jobs within SHUTDOWN_TIMEOUT_MS), the limiter's probe, the cache, then the database.
 */
export async function closeServices(services: AppServices): Promise<void> {
  await services.jobs.stop(services.config.server.shutdownTimeoutMs);
  services.rateLimiter.close();
  services.metrics.close();
  await services.kv.close();
  await services.db.close();
}
