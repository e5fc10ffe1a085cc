import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { healthRouter } from "./routers/health/router.ts";
import { metricsRouter } from "./routers/metrics/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** Every domain router, by name. Clients import only this file's types. */
export const appRouter = router({
  health: healthRouter,
  metrics: metricsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side caller (tests, scripts): runs procedures without HTTP, with a context you build. */
export const createCaller = createCallerFactory(appRouter);
