import os from "node:os";
import { z } from "zod";
import { permittedProcedure } from "../../procedures.ts";
import { trafficSeries } from "./traffic-schema.ts";

export const summaryOutput = z.object({
  windowMinutes: z.number(),
  resolutionSeconds: z.number(),
  from: z.string(),
  to: z.string(),
  instance: z.object({ hostname: z.string(), pid: z.number(), startedAt: z.string() }),
  overall: trafficSeries.describe("Every HTTP request this process answered"),
  procedures: z.array(trafficSeries.extend({ path: z.string() })).describe("Per procedure (a tRPC batch counts each call)"),
});

/**
 * The last 60 minutes of this process's traffic at one-minute resolution, for the admin
 * console's charts. Per process by design: Prometheus aggregates the fleet.
 */
export const summary = permittedProcedure("metrics:read")
  .meta({
    openapi: {
      method: "GET",
      path: "/admin/metrics/summary",
      tags: ["metrics"],
      summary: "Traffic of the last 60 minutes (STAFF)",
      description:
        "Request rate, error rate, 429s and p50/p95/p99 latency per minute, overall and per procedure, from this " +
        "process's in-memory ring. Each instance answers for itself; use Prometheus for the fleet view.",
      protect: true,
    },
  })
  .input(z.void())
  .output(summaryOutput)
  .query(({ ctx }) => ({
    ...ctx.services.metrics.summary(),
    instance: { hostname: os.hostname(), pid: process.pid, startedAt: ctx.services.startedAt.toISOString() },
  }));
