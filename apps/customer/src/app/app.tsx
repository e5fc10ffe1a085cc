import { AppRoot, type AppProps } from "@slotted/app-shell";
import { createAppRouter } from "./app-router.tsx";

/** The whole app: error boundary, API (tRPC + query cache), router. */
export function App(props: AppProps) {
  return <AppRoot {...props} createRouter={createAppRouter} />;
}
