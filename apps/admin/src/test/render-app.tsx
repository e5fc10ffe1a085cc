import type { ApiClient } from "@slotted/client";
import { createTestApiClient } from "@slotted/client/testing";
import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { App } from "../app/app.tsx";

const rendered = new Set<ApiClient>();

/**
 * The whole console (error boundary, API provider, the real route tree) at `path`, in memory
 * history, talking to the msw test backend. Pass `client` to share a client (or its storage)
 * between renders.
 */
export function renderApp(path: string, options: { client?: ApiClient } = {}) {
  const client = options.client ?? createTestApiClient();
  rendered.add(client);
  const history = createMemoryHistory({ initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App api={client} history={history} />);
  return { ...view, client, history, user };
}

/** Stops the clients' timers between tests (setup.ts). */
export function disposeRenderedClients(): void {
  for (const client of rendered) client.dispose();
  rendered.clear();
}
