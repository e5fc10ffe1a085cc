import { createContext, useContext } from "react";
import type { ApiClient } from "../api-client.ts";

export const ApiClientContext = createContext<ApiClient | null>(null);

/** The ApiClient given to the nearest ApiProvider. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error("useApiClient() needs an <ApiProvider> above it");
  return client;
}
