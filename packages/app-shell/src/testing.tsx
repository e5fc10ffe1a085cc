// Test helpers for the apps' flow tests: the whole app in memory history against the msw test
// backend (see `@slotted/client/testing`).
import type { ApiClient } from "@slotted/client";
import { createTestApiClient } from "@slotted/client/testing";
import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { ComponentType } from "react";
import type { AppProps } from "./app-root.tsx";

/**
 * `renderApp(path)` for one app: its `App` (error boundary, API provider, the real route tree) at
 * `path`, in memory history, talking to the msw test backend. Pass `client` to share a client (or
 * its storage) between renders. `setupUser` makes the `user` each render returns (the apps pass
 * `userEvent.setup`, which this package does not depend on). Call `disposeRenderedClients` after
 * each test to stop the clients' timers.
 */
export function createRenderApp<User>(App: ComponentType<AppProps>, setupUser: () => User) {
  const rendered = new Set<ApiClient>();

  function renderApp(path: string, options: { client?: ApiClient } = {}) {
    const client = options.client ?? createTestApiClient();
    rendered.add(client);
    const history = createMemoryHistory({ initialEntries: [path] });
    const user = setupUser();
    const view = render(<App api={client} history={history} />);
    return { ...view, client, history, user };
  }

  function disposeRenderedClients(): void {
    for (const client of rendered) client.dispose();
    rendered.clear();
  }

  return { renderApp, disposeRenderedClients };
}
