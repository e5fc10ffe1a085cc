import { ApiProvider, useTRPC, type ApiClient } from "@slotted/client";
import { RouterProvider, type AnyRouter, type RouterHistory } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { AppErrorBoundary } from "./app-error-boundary.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RouteErrorPanel } from "./route-error-panel.tsx";
import type { RouterContext } from "./router-context.ts";

/** What an app's `App` takes: from `main.tsx` the API client, from tests also a memory history. */
export interface AppProps {
  api: ApiClient;
  /** Tests pass a memory history; the browser uses its own. */
  history?: RouterHistory;
}

/** An app's `createRouter` call with its own route tree, given the shared context. */
export type CreateAppRouter = (context: RouterContext, history?: RouterHistory) => AnyRouter;

/**
 * The router options both apps share, with the context (and a test's history): an app's
 * `createRouter({ routeTree, ...appRouterOptions(context, history) })` adds only its route tree.
 */
export function appRouterOptions(context: RouterContext, history: RouterHistory | undefined) {
  return {
    context,
    ...(history ? { history } : {}),
    // Hovering or focusing a link starts loading its page's code and data.
    defaultPreload: "intent",
    // The query cache decides freshness; the router just asks it every time.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteErrorPanel,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  } as const;
}

interface AppRootProps extends AppProps {
  createRouter: CreateAppRouter;
  /** Beside the routes, inside the API provider (the console's toasts). */
  children?: ReactNode;
}

/** A whole app: error boundary, API (tRPC + query cache), then the app's router. */
export function AppRoot({ api, history, createRouter, children }: AppRootProps) {
  return (
    <AppErrorBoundary>
      <ApiProvider client={api}>
        <AppRouterProvider api={api} history={history} createRouter={createRouter} />
        {children}
      </ApiProvider>
    </AppErrorBoundary>
  );
}

/** Builds the router once, inside `ApiProvider`, so routes get the typed tRPC proxy in their context. */
function AppRouterProvider({ api, history, createRouter }: AppProps & { createRouter: CreateAppRouter }) {
  const trpc = useTRPC();
  const [router] = useState(() => createRouter({ queryClient: api.queryClient, trpc, trpcClient: api.trpcClient }, history));
  return <RouterProvider router={router} />;
}
