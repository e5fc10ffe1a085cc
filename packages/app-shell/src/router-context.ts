import type { ApiTRPCClient, useTRPC } from "@slotted/client";
import type { QueryClient } from "@tanstack/react-query";

/** What every route's `beforeLoad`/`loader` can reach: the query cache and the typed API. */
export interface RouterContext {
  queryClient: QueryClient;
  /** The tRPC options proxy (`trpc.bookings.byId.queryOptions(...)`). */
  trpc: ReturnType<typeof useTRPC>;
  /** The plain tRPC client, for calls outside the query cache's options (the session check). */
  trpcClient: ApiTRPCClient;
}
