import { appRouterOptions, type RouterContext } from "@slotted/app-shell";
import { createRouter, type RouterHistory } from "@tanstack/react-router";
import { routeTree } from "../routeTree.gen.ts";

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    // "/admin/" in the build (vite's `base`), "/" under vitest.
    basepath: import.meta.env.BASE_URL,
    ...appRouterOptions(context, history),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module "@tanstack/react-router" {
  interface Register {
    router: AppRouter;
  }
}
