import type { AppRouter } from "@slotted/core";
import type { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import { createConnectionStore, type ConnectionStore } from "./connection/connection-store.ts";
import { connectionLink, connectionProbeContext } from "./links/connection-link.ts";
import { idempotencyLink } from "./links/idempotency-link.ts";
import { rateLimitLink } from "./links/rate-limit-link.ts";
import { createRequestIdTracker, requestIdLink } from "./links/request-id.ts";
import { defaultTimeouts, timeoutLink, type CallTimeouts } from "./links/timeout-link.ts";
import { createClientLogger, type ClientLogger } from "./logging/client-logger.ts";
import { createApiQueryClient } from "./policies/query-client.ts";
import { retryDelayMs, retryIdempotentCall } from "./policies/retry-policy.ts";
import { createRateLimitStore, type RateLimitStore } from "./rate-limit/rate-limit-store.ts";
import { defaultSessionStorage } from "./storage/memory-storage.ts";
import { createApiFetch } from "./transport/api-fetch.ts";
import type { ApiTRPCClient } from "./trpc.ts";

export interface ApiClientOptions {
  /** The tRPC endpoint; same-origin `/trpc` by default (tests need an absolute URL). */
  url?: string;
  fetch?: typeof fetch;
  /** Where rate-limit holds survive a reload; sessionStorage by default. */
  storage?: Storage;
  timeouts?: CallTimeouts;
  /** A development build: the logger mirrors warnings and errors to the console. */
  dev?: boolean;
}

export interface ApiClient {
  trpcClient: ApiTRPCClient;
  queryClient: QueryClient;
  rateLimits: RateLimitStore;
  connection: ConnectionStore;
  logger: ClientLogger;
  /** Stops the client's timers and listeners (tests; an app keeps its client for the page's life). */
  dispose(): void;
}

/** The server accepts up to TRPC_MAX_BATCH_SIZE (20 by default) calls per request; stay well under. */
const maxCallsPerBatch = 10;
/** Long GET URLs are split into several batches rather than refused by a proxy. */
const maxUrlLength = 2_000;

/**
 * The one client setup both apps use: tRPC over `httpBatchLink` with superjson, wrapped in the
 * links that give every call a request ID, a time limit, rate-limit awareness and connection
 * awareness; and a QueryClient carrying the retry policy.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const logger = createClientLogger({ dev: options.dev ?? false });
  const queryClient = createApiQueryClient();
  const rateLimits = createRateLimitStore({ storage: options.storage ?? defaultSessionStorage() });
  const tracker = createRequestIdTracker();
  // Read at call time, so a fetch patched after start-up (msw in tests) is the one used.
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const connection = createConnectionStore({
    probe: () => trpcClient.health.live.query(undefined, { context: connectionProbeContext }),
    // Back from an outage: refetch what is on screen so the app recovers by itself.
    onRecovered: () => void queryClient.invalidateQueries(),
    logger,
  });

  const trpcClient: ApiTRPCClient = createTRPCClient<AppRouter>({
    links: [
      requestIdLink({ tracker, logger }),
      idempotencyLink(),
      connectionLink(connection),
      rateLimitLink({ store: rateLimits, tracker, logger }),
      timeoutLink(options.timeouts ?? defaultTimeouts),
      httpBatchLink({
        url: options.url ?? "/trpc",
        transformer: superjson,
        fetch: createApiFetch(baseFetch),
        headers: ({ opList }) => tracker.headersFor(opList),
        maxItems: maxCallsPerBatch,
        maxURLLength: maxUrlLength,
      }),
    ],
  });

  // bookings.create carries an idempotency key, so a repeat is answered with the first booking.
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setMutationDefaults(trpc.bookings.create.mutationKey(), {
    retry: retryIdempotentCall,
    retryDelay: (failureCount) => retryDelayMs(failureCount),
  });

  // A category whose hold ended: calls that failed on it may now pass.
  let heldCategories = new Set(rateLimits.getSnapshot().map((hold) => hold.category));
  const unsubscribeHolds = rateLimits.subscribe(() => {
    const now = new Set(rateLimits.getSnapshot().map((hold) => hold.category));
    const released = [...heldCategories].some((category) => !now.has(category));
    heldCategories = now;
    if (released) void queryClient.refetchQueries({ type: "active", predicate: (query) => query.state.status === "error" });
  });

  return {
    trpcClient,
    queryClient,
    rateLimits,
    connection,
    logger,
    dispose() {
      unsubscribeHolds();
      rateLimits.dispose();
      connection.dispose();
      queryClient.clear();
    },
  };
}
