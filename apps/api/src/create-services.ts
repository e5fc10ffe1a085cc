import type { Config } from "@slotted/config";
import type { AppServices } from "@slotted/core";
import { createDatabase, createMemoryStore, createRedisClient, createRedisStore } from "@slotted/db";
import type { Logger } from "@slotted/logger";

export interface CreateServicesOptions {
  /** Namespaces Redis keys (tests give each file its own). */
  redisKeyPrefix?: string;
  /** Use this database instead of opening one from config (tests pass a fresh one). */
  database?: AppServices["db"];
}

/** Opens every long-lived dependency for the configured mode (real servers or embedded defaults). */
export async function createServices(config: Config, logger: Logger, options: CreateServicesOptions = {}): Promise<AppServices> {
  const db =
    options.database ??
    (await createDatabase(config.database, { logger, migrate: config.database.migrateOnStart }));
  const redis = config.redis.url
    ? createRedisClient({ url: config.redis.url, logger, keyPrefix: options.redisKeyPrefix })
    : null;
  const kv = redis ? createRedisStore(redis) : createMemoryStore();
  logger.info(
    { database: db.mode, cache: kv.mode, environment: config.env },
    `using ${db.mode === "postgres" ? "PostgreSQL" : `embedded PGlite (${config.database.pgliteDataDir})`} and ${redis ? "Redis" : "the in-process store"}`,
  );
  return { config, logger, db, kv, redis, startedAt: new Date() };
}

/** Releases what createServices opened: cache first, then the database. */
export async function closeServices(services: AppServices): Promise<void> {
  await services.kv.close();
  await services.db.close();
}
