import { QueryClient } from "@tanstack/react-query";
import { retryDelayMs, retryFailedCall } from "./retry-policy.ts";

/**
 * React Query defaults for the API: queries retry transient failures (network, timeout, 5xx)
 * with jittered backoff, at most 3 tries; mutations never retry unless made safe per procedure
 * (see `setMutationDefaults` in createApiClient). Refetch on reconnect and focus keeps screens
 * current after a drop; a short stale time spares the rate limit on quick tab switches.
 */
export function createApiQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retryFailedCall,
        retryDelay: (failureCount) => retryDelayMs(failureCount),
        refetchOnReconnect: true,
        refetchOnWindowFocus: true,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
