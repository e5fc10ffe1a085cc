import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { disposeRenderedClients } from "./render-app.tsx";

// A flow test waits on real async work (msw, the router, lazy chunks): on a loaded 2-core CI
// machine that can take longer than Testing Library's default 1 s for `findBy…`.
configure({ asyncUtilTimeout: 5_000 });

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  // (Guarded: the bundle test runs in the node environment, without a DOM.)
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
});
