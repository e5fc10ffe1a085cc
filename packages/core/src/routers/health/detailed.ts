import { z } from "zod";
import { collectDiagnostics } from "../../observability/diagnostics.ts";
import { permittedProcedure } from "../../procedures.ts";

const check = {
  status: z.enum(["up", "down", "degraded"]),
  latencyMs: z.number(),
  error: z.string().optional(),
};

export const detailedOutput = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  checkedAt: z.string(),
  database: z.object({
    ...check,
    mode: z.enum(["postgres", "pglite"]),
    serverVersion: z.string().nullable(),
    pool: z.object({ total: z.number(), idle: z.number(), waiting: z.number(), max: z.number() }),
  }),
  cache: z.object({ ...check, mode: z.enum(["redis", "memory"]), usedMemoryBytes: z.number().nullable() }),
  rateLimiter: z.object({ state: z.enum(["redis", "fallback", "memory"]) }),
  process: z.object({
    pid: z.number(),
    uptimeSeconds: z.number(),
    rssBytes: z.number(),
    heapUsedBytes: z.number(),
    heapTotalBytes: z.number(),
    externalBytes: z.number(),
    eventLoop: z.object({
      delayP50Ms: z.number().nullable(),
      delayP99Ms: z.number().nullable(),
      delayMaxMs: z.number().nullable(),
      utilization: z.number(),
      windowSeconds: z.number(),
    }),
  }),
  system: z.object({
    hostname: z.string(),
    platform: z.string(),
    arch: z.string(),
    cpuCount: z.number(),
    loadAverage: z.array(z.number()),
    freeMemoryBytes: z.number(),
    totalMemoryBytes: z.number(),
  }),
  build: z.object({ version: z.string(), gitCommit: z.string().nullable(), nodeVersion: z.string() }),
  config: z.object({
    environment: z.enum(["development", "test", "production"]),
    logLevel: z.string(),
    database: z.enum(["postgres", "pglite"]),
    cache: z.enum(["redis", "memory"]),
    features: z.object({
      rateLimiting: z.boolean(),
      metricsTokenRequired: z.boolean(),
      bootstrapAdmin: z.boolean(),
      bookingAutoConfirm: z.boolean(),
      secureCookies: z.boolean(),
      migrateOnStart: z.boolean(),
      trustProxy: z.boolean(),
    }),
    limits: z.object({ requestTimeoutMs: z.number(), bodyLimitBytes: z.number(), slowRequestMs: z.number(), trpcMaxBatchSize: z.number() }),
    business: z.object({ timezone: z.string(), slotMinutes: z.number(), slotCapacity: z.number(), maxDaysAhead: z.number() }),
  }),
});

/** Everything an operator wants on one page: dependencies, process, host, build and config (never a secret). */
export const detailed = permittedProcedure("system:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/health/detailed",
      tags: ["health"],
      summary: "Detailed health (ADMIN)",
      description:
        "Database, cache, process, host, build and configuration summary. Checks run in parallel with a 2 s deadline each; " +
        "a failing check reports its error in its own section and the answer is still 200.",
      protect: true,
    },
  })
  .input(z.void())
  .output(detailedOutput)
  .query(({ ctx }) => collectDiagnostics(ctx.services));
