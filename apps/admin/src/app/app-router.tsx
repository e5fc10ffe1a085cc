import { NotFoundPage, RouteErrorPanel, type RouterContext } from "@slotted/app-shell";
import { useTRPC, type ApiClient } from "@slotted/client";
import { createRouter, RouterProvider, type RouterHistory } from "@tanstack/react-router";
import { useState } from "react";
import { routeTree } from "../routeTree.gen.ts";

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    // "/admin/" in the build (vite's `base`), "/" under vitest.
    basepath: import.meta.env.BASE_URL,
    ...(history ? { history } : {}),
    defaultPreload: "intent",
    // The query cache decides freshness; the router just asks it every time.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteErrorPanel,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}

interface AppRouterProviderProps {
  api: ApiClient;
  /** Tests pass a memory history; the browser uses its own. */
  history?: RouterHistory;
}

/** Builds the router once, inside `ApiProvider`, so routes get the typed tRPC proxy in their context. */
export function AppRouterProvider({ api, history }: AppRouterProviderProps) {
  const trpc = useTRPC();
  const [router] = useState(() =>
    createAppRouter({ queryClient: api.queryClient, trpc, trpcClient: api.trpcClient }, history),
  );
  return <RouterProvider router={router} />;
}
