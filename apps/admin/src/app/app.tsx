import { AppRoot, type AppProps } from "@slotted/app-shell";
import { Toaster } from "@slotted/ui";
import { createAppRouter } from "./app-router.tsx";

/** The whole console: error boundary, API (tRPC + query cache), router, toasts. */
export function App(props: AppProps) {
  return (
    <AppRoot {...props} createRouter={createAppRouter}>
      <Toaster />
    </AppRoot>
  );
}
