export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root.ts";
export { createContextFactory, type Context, type ContextRequest, type RequestInfo, type RequestSource } from "./context.ts";
export type { AppServices } from "./services.ts";
export { buildOpenApiDocument, restBasePath } from "./openapi/build-document.ts";
export { errorBody, internalErrorMessage, appError, type ErrorBody, type ErrorIssue } from "./errors/index.ts";
export type { Meta, RateLimitCategory } from "./trpc.ts";
export { procedureCatalog, routeTemplate, type ProcedureEntry } from "./procedure-catalog.ts";
export { paginate } from "./pagination.ts";
export { cachedJson, invalidateCached, observeCache, type CacheObserver } from "./cache/cached-json.ts";
export { publicProcedure, protectedProcedure, permittedProcedure } from "./procedures.ts";
export type { AuthState } from "./auth/resolve-auth.ts";
export { recordAudit, type AuditRecord } from "./audit/record-audit.ts";
export { invalidateDashboardStats, dashboardStatsCacheKey, type DashboardStats } from "./routers/users/dashboard-stats.ts";
export { prepareAccounts } from "./accounts/prepare-accounts.ts";
export { markDraining } from "./routers/health/draining.ts";
export { ensureBootstrapAdmin, type BootstrapOutcome } from "./accounts/bootstrap-admin.ts";
export { ensureDemoAccounts, formatDemoCredentials, type DemoCredential } from "./accounts/demo-accounts.ts";
export { publicUserSelect } from "./accounts/public-user.ts";
export {
  createRateLimitService,
  limitedCategories,
  type LimitedCategory,
  type LimiterState,
  type RateLimitDecisionEvent,
  type RateLimitService,
} from "./rate-limit/index.ts";
export {
  createAppMetrics,
  instrumentServices,
  resolveBuildInfo,
  type AppMetrics,
  type AppMetricsOptions,
  type BuildInfo,
  type HttpSample,
} from "./observability/index.ts";
export { venueNow } from "./bookings/venue-clock.ts";
export { searchCountBound } from "./bookings/staff-list/list-staff-bookings.ts";
