import { createRenderApp } from "@slotted/app-shell/testing";
import { userEvent } from "@testing-library/user-event";
import { App } from "../app/app.tsx";

/**
 * `renderApp(path)`: the whole app at `path` against the msw test backend, with a `user` to
 * drive it; `disposeRenderedClients` stops the clients' timers between tests (setup.ts).
 */
export const { renderApp, disposeRenderedClients } = createRenderApp(App, () => userEvent.setup());
