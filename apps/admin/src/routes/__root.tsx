import { GlobalErrorPage, type RouterContext } from "@slotted/app-shell";
import { createRootRouteWithContext } from "@tanstack/react-router";
import { RootFrame } from "../app/root-frame.tsx";

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootFrame,
  // Only reached when the frame itself fails; page errors stay inside it (RouteErrorPanel).
  errorComponent: GlobalErrorPage,
});
