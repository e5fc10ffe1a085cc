import type { RouterOutputs } from "@slotted/client";

type SystemHealth = RouterOutputs["health"]["detailed"];
type DatabaseMetrics = RouterOutputs["metrics"]["database"];

/** health.detailed from a healthy production server on PostgreSQL and Redis. */
export function testSystemHealth(): SystemHealth {
  return {
    status: "ok",
    checkedAt: "2026-03-13T18:00:00.000Z",
    database: {
      status: "up",
      latencyMs: 2.4,
      mode: "postgres",
      serverVersion: "16.4",
      pool: { total: 6, idle: 4, waiting: 0, max: 10 },
    },
    cache: { status: "up", latencyMs: 0.8, mode: "redis", usedMemoryBytes: 3_459_072 },
    rateLimiter: { state: "redis" },
    process: {
      pid: 4242,
      uptimeSeconds: 93_784,
      rssBytes: 187_695_104,
      heapUsedBytes: 71_303_168,
      heapTotalBytes: 98_566_144,
      externalBytes: 4_194_304,
      eventLoop: { delayP50Ms: 10.2, delayP99Ms: 21.5, delayMaxMs: 48, utilization: 0.08, windowSeconds: 60 },
    },
    system: {
      hostname: "api-7f9c",
      platform: "linux",
      arch: "x64",
      cpuCount: 4,
      loadAverage: [0.42, 0.38, 0.31],
      freeMemoryBytes: 2_147_483_648,
      totalMemoryBytes: 8_589_934_592,
    },
    build: { version: "1.4.2", gitCommit: "3f9a2c71e0b84d55a6c1f0e2b7d9c4a18e6f5b20", nodeVersion: "v20.20.0" },
    config: {
      environment: "production",
      logLevel: "info",
      database: "postgres",
      cache: "redis",
      features: {
        rateLimiting: true,
        metricsTokenRequired: true,
        bootstrapAdmin: false,
        bookingAutoConfirm: true,
        secureCookies: true,
        migrateOnStart: false,
        trustProxy: true,
      },
      limits: { requestTimeoutMs: 15_000, bodyLimitBytes: 102_400, slowRequestMs: 1_000, trpcMaxBatchSize: 20 },
      business: { timezone: "Europe/London", slotMinutes: 15, slotCapacity: 40, maxDaysAhead: 60 },
    },
  };
}

/** metrics.database for the same server: a busy pool and a few slow query shapes. */
export function testDatabaseMetrics(): DatabaseMetrics {
  return {
    mode: "postgres",
    pool: { total: 10, idle: 1, active: 9, waiting: 2, max: 10 },
    trackedShapes: 57,
    slowestQueries: [
      {
        shape: 'SELECT "b"."id", "b"."reference", "b"."date", "b"."start_minute" FROM "bookings" AS "b" WHERE "b"."date" BETWEEN ? AND ? AND "b"."status" IN (?, ?, ?) ORDER BY "b"."date" ASC LIMIT ? OFFSET ?',
        count: 1_284,
        maxMs: 412.7,
        avgMs: 18.3,
        totalMs: 23_497.2,
        lastSeenAt: "2026-03-13T17:59:41.000Z",
      },
      {
        shape: 'UPDATE "users" SET "last_seen_at" = ? WHERE "id" = ?',
        count: 9_730,
        maxMs: 96.1,
        avgMs: 1.2,
        totalMs: 11_676,
        lastSeenAt: "2026-03-13T17:59:58.000Z",
      },
      {
        // A bulk import: one placeholder group per row.
        shape: `INSERT INTO "users" ("id", "email", "name", "role") VALUES ${Array.from({ length: 40 }, () => "(?, ?, ?, ?)").join(", ")}`,
        count: 3,
        maxMs: 64.5,
        avgMs: 41,
        totalMs: 123,
        lastSeenAt: "2026-03-13T16:12:09.000Z",
      },
    ],
  };
}
