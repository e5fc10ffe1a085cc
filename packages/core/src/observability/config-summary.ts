import type { Config } from "@slotted/config";

export interface ConfigSummary {
  environment: Config["env"];
  logLevel: Config["log"]["level"];
  database: "postgres" | "pglite";
  cache: "redis" | "memory";
  features: {
    rateLimiting: boolean;
    metricsTokenRequired: boolean;
    bootstrapAdmin: boolean;
    bookingAutoConfirm: boolean;
    secureCookies: boolean;
    migrateOnStart: boolean;
    trustProxy: boolean;
  };
  limits: { requestTimeoutMs: number; bodyLimitBytes: number; slowRequestMs: number; trpcMaxBatchSize: number };
  business: { timezone: string; slotMinutes: number; slotCapacity: number; maxDaysAhead: number };
}

/**
 * What an operator may see of the configuration: modes, switches and limits. Built field by field
 * from an allow-list, so URLs, tokens, passwords and e-mail addresses can never leak into it.
 */
export function summariseConfig(config: Config): ConfigSummary {
  return {
    environment: config.env,
    logLevel: config.log.level,
    database: config.database.url ? "postgres" : "pglite",
    cache: config.redis.url || config.redis.clusterNodes ? "redis" : "memory",
    features: {
      rateLimiting: config.rateLimit.enabled,
      metricsTokenRequired: config.observability.metricsToken !== undefined,
      bootstrapAdmin: config.auth.bootstrapAdmin !== undefined,
      bookingAutoConfirm: config.business.autoConfirm,
      secureCookies: config.auth.secureCookies,
      migrateOnStart: config.database.migrateOnStart,
      trustProxy: config.http.trustProxy !== false,
    },
    limits: {
      requestTimeoutMs: config.http.requestTimeoutMs,
      bodyLimitBytes: config.http.bodyLimitBytes,
      slowRequestMs: config.observability.slowRequestMs,
      trpcMaxBatchSize: config.http.trpcMaxBatchSize,
    },
    business: {
      timezone: config.business.timezone,
      slotMinutes: config.business.slotMinutes,
      slotCapacity: config.business.slotCapacity,
      maxDaysAhead: config.business.maxDaysAhead,
    },
  };
}
