import { useSyncExternalStore } from "react";
import { useApiClient } from "../provider/api-client-context.ts";
import type { ConnectionStatus } from "./connection-store.ts";

/** `online`, `offline` (the browser has no network) or `unreachable` (our server is not answering). */
export function useConnectionStatus(): ConnectionStatus {
  const { connection } = useApiClient();
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot, connection.getSnapshot);
}
