import { z } from "zod";
import { permittedProcedure } from "../../procedures.ts";

export const slowQueryLimit = 20;

export const databaseOutput = z.object({
  mode: z.enum(["postgres", "pglite"]),
  pool: z.object({
    total: z.number(),
    idle: z.number(),
    active: z.number(),
    waiting: z.number(),
    max: z.number(),
  }),
  trackedShapes: z.number().describe("Distinct query shapes held (bounded)"),
  slowestQueries: z
    .array(
      z.object({
        shape: z.string().describe("SQL with every value replaced by ?"),
        count: z.number(),
        maxMs: z.number(),
        avgMs: z.number(),
        totalMs: z.number(),
        lastSeenAt: z.string(),
      }),
    )
    .describe(`Up to ${slowQueryLimit} shapes, slowest single run first`),
});

/** Connection pool numbers and the slowest query shapes this process has seen (never their parameters). */
export const database = permittedProcedure("system:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/metrics/database",
      tags: ["metrics"],
      summary: "Database pool and slowest query shapes (ADMIN)",
      protect: true,
    },
  })
  .input(z.void())
  .output(databaseOutput)
  .query(({ ctx }) => {
    const { db, metrics } = ctx.services;
    const pool = db.poolStats();
    return {
      mode: db.mode,
      pool: { ...pool, active: Math.max(0, pool.total - pool.idle) },
      trackedShapes: metrics.queryShapeCount(),
      slowestQueries: metrics.slowestQueries(slowQueryLimit),
    };
  });
