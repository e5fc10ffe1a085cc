import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit/router.ts";
import { authRouter } from "./routers/auth/router.ts";
import { bookingsRouter } from "./routers/bookings/router.ts";
import { healthRouter } from "./routers/health/router.ts";
import { mailboxRouter } from "./routers/mailbox/router.ts";
import { metricsRouter } from "./routers/metrics/router.ts";
import { tablesRouter } from "./routers/tables/router.ts";
import { usersRouter } from "./routers/users/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** Every domain router, by name. Clients import only this file's types. */
export const appRouter = router({
  health: healthRouter,
  metrics: metricsRouter,
  auth: authRouter,
  users: usersRouter,
  audit: auditRouter,
  bookings: bookingsRouter,
  tables: tablesRouter,
  mailbox: mailboxRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side caller (tests, scripts): runs procedures without HTTP, with a context you build. */
export const createCaller = createCallerFactory(appRouter);
