import { createRootRouteWithContext } from "@tanstack/react-router";
import { GlobalErrorPage } from "@slotted/app-shell";
import { RootLayout } from "../app/root-layout.tsx";
import type { RouterContext } from "@slotted/app-shell";

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  // Only reached when the layout itself fails; page errors stay inside it (RouteErrorPanel).
  errorComponent: GlobalErrorPage,
});
