import { ApiProvider, type ApiClient } from "@slotted/client";
import type { RouterHistory } from "@tanstack/react-router";
import { AppErrorBoundary } from "@slotted/app-shell";
import { AppRouterProvider } from "./app-router.tsx";

interface AppProps {
  api: ApiClient;
  history?: RouterHistory;
}

/** The whole app: error boundary, API (tRPC + query cache), router. */
export function App({ api, history }: AppProps) {
  return (
    <AppErrorBoundary>
      <ApiProvider client={api}>
        <AppRouterProvider api={api} history={history} />
      </ApiProvider>
    </AppErrorBoundary>
  );
}
