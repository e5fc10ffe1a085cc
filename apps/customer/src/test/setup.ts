import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { disposeRenderedClients } from "./render-app.tsx";

// jsdom implements neither; the router's scroll restoration and Radix's pointer handling call them.
if (typeof window !== "undefined") {
  window.scrollTo = () => undefined;
  if (!("hasPointerCapture" in Element.prototype)) {
    Object.assign(Element.prototype, {
      hasPointerCapture: () => false,
      setPointerCapture: () => undefined,
      releasePointerCapture: () => undefined,
    });
  }
}

// vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  // (Guarded: the bundle test runs in the node environment, without a DOM.)
  if (typeof sessionStorage !== "undefined") sessionStorage.clear();
});
