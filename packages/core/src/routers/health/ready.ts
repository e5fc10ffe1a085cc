import { scrubText } from "@slotted/logger";
import { z } from "zod";
import { publicProcedure } from "../../procedures.ts";
import { withLimiterState } from "../../rate-limit/limiter-health.ts";
import { checkDependency } from "./check-dependency.ts";
import { isDraining } from "./draining.ts";

const checkOutput = z.object({
  status: z.enum(["up", "down", "degraded"]),
  latencyMs: z.number(),
  error: z.string().optional(),
});

export const readyOutput = z.object({
  status: z.enum(["ready", "not_ready"]),
  checks: z.object({ database: checkOutput, cache: checkOutput }),
  /** Present (true) once the instance is shutting down: it answers its open connections but wants no new traffic. */
  draining: z.literal(true).optional(),
});

export const dependencyTimeoutMs = 2_000;

/**
 * Readiness: can this instance serve traffic? Needs the database; a failing cache (or a rate
 * limiter that lost Redis) only degrades it (callers fall back to in-process state). Answers
 * 503 when not ready, and while the instance drains for shutdown.
 */
export const ready = publicProcedure
  .meta({
    unavailableWithOutput: true,
    openapi: {
      method: "GET",
      path: "/health/ready",
      tags: ["health"],
      summary: "Readiness probe",
      description:
        "200 when the database answers; 503 with the same body when it does not (the failing check says why), " +
        "or when the instance is shutting down (`draining: true`).",
    },
  })
  .input(z.void())
  .output(readyOutput)
  .query(async ({ ctx }) => {
    const [database, cachePing] = await Promise.all([
      checkDependency(() => ctx.services.db.ping(), { timeoutMs: dependencyTimeoutMs }),
      checkDependency(() => ctx.services.kv.ping(), { timeoutMs: dependencyTimeoutMs, failedStatus: "degraded" }),
    ]);
    const cache = withLimiterState(cachePing, ctx.services.rateLimiter.state());
    const draining = isDraining(ctx.services);
    const isReady = database.status === "up" && !draining;
    if (!isReady) ctx.response.setStatus(503);
    // Driver messages can echo connection strings; never show credentials.
    const scrub = <T extends { error?: string }>(check: T): T => (check.error ? { ...check, error: scrubText(check.error) } : check);
    return {
      status: isReady ? ("ready" as const) : ("not_ready" as const),
      checks: { database: scrub(database), cache: scrub(cache) },
      ...(draining ? { draining: true as const } : {}),
    };
  });
