import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { disposeRenderedClients } from "./render-app.tsx";

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  // (Guarded: the bundle test runs in the node environment, without a DOM.)
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
});
