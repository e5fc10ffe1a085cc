import { AppErrorBoundary } from "@slotted/app-shell";
import { ApiProvider, type ApiClient } from "@slotted/client";
import { Toaster } from "@slotted/ui";
import type { RouterHistory } from "@tanstack/react-router";
import { AppRouterProvider } from "./app-router.tsx";

interface AppProps {
  api: ApiClient;
  history?: RouterHistory;
}

/** The whole console: error boundary, API (tRPC + query cache), router, toasts. */
export function App({ api, history }: AppProps) {
  return (
    <AppErrorBoundary>
      <ApiProvider client={api}>
        <AppRouterProvider api={api} history={history} />
        <Toaster />
      </ApiProvider>
    </AppErrorBoundary>
  );
}
