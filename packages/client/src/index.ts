// The API for the React apps: one client setup, its provider and hooks, and the one error mapper.
export { createApiClient, type ApiClient, type ApiClientOptions } from "./api-client.ts";
export { ApiProvider, type ApiProviderProps } from "./provider/api-provider.tsx";
export { useApiClient } from "./provider/api-client-context.ts";
export {
  TRPCProvider,
  useTRPC,
  useTRPCClient,
  type ApiTRPCClient,
  type AppRouter,
  type RouterInputs,
  type RouterOutputs,
} from "./trpc.ts";

export { toUiError, formatWait, type UiError, type ToUiErrorOptions } from "./errors/to-ui-error.ts";
export { readErrorFacts, type ErrorFacts, type ErrorIssue } from "./errors/error-facts.ts";
export { ApiTransportError, type TransportFailure } from "./errors/transport-error.ts";

export { newIdempotencyKey } from "./policies/idempotency.ts";
export { isRetryableError, maxCallAttempts, retryDelayMs, retryFailedCall, retryIdempotentCall } from "./policies/retry-policy.ts";
export { defaultTimeouts, type CallTimeouts } from "./links/timeout-link.ts";

export { rateLimitLabel, type RateLimitCategory } from "./rate-limit/category-labels.ts";
export type { RateLimitHold, RateLimitStore } from "./rate-limit/rate-limit-store.ts";
export {
  dismissRateLimitNotice,
  useRateLimitHold,
  useRateLimitHolds,
  type UseRateLimitHoldsOptions,
} from "./rate-limit/use-rate-limit-holds.ts";

export type { ConnectionStatus, ConnectionStore } from "./connection/connection-store.ts";
export { useConnectionStatus } from "./connection/use-connection-status.ts";

export { clientLogger, recentLogEntries } from "./logging/page-logger.ts";
export { createClientLogger, type ClientLogger, type ClientLoggerOptions, type LogEntry, type LogFields, type LogLevel } from "./logging/client-logger.ts";
export { createMemoryStorage } from "./storage/memory-storage.ts";
