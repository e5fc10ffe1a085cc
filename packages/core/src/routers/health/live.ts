import { z } from "zod";
import { publicProcedure } from "../../procedures.ts";

export const liveOutput = z.object({
  status: z.literal("ok"),
  uptimeSeconds: z.number().nonnegative(),
});

/** Liveness: the process is up and its event loop turns. Touches no dependency. */
export const live = publicProcedure
  .meta({
    rateLimit: "none",
    database: false,
    openapi: { method: "GET", path: "/health/live", tags: ["health"], summary: "Liveness probe" },
  })
  .input(z.void())
  .output(liveOutput)
  .query(({ ctx }) => ({
    status: "ok" as const,
    uptimeSeconds: Math.round((Date.now() - ctx.services.startedAt.getTime()) / 1000),
  }));
