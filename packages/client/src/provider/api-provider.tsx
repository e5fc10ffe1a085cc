import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import type { ApiClient } from "../api-client.ts";
import { TRPCProvider } from "../trpc.ts";
import { ApiClientContext } from "./api-client-context.ts";
import { registerMountedClient } from "./mounted-clients.ts";

export interface ApiProviderProps {
  client: ApiClient;
  children: ReactNode;
}

/** Gives the tree the API: React Query, the typed tRPC hooks, and the client's stores. */
export function ApiProvider({ client, children }: ApiProviderProps) {
  useEffect(() => registerMountedClient(client), [client]);
  return (
    <ApiClientContext.Provider value={client}>
      <QueryClientProvider client={client.queryClient}>
        <TRPCProvider trpcClient={client.trpcClient} queryClient={client.queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </ApiClientContext.Provider>
  );
}
