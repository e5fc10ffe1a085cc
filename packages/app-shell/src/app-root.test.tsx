import "@testing-library/jest-dom/vitest";
import { useTRPC } from "@slotted/client";
import { createTestApiServer, testRouter } from "@slotted/client/testing";
import { createRootRouteWithContext, createRoute, createRouter, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import type { RouterContext } from "./router-context.ts";
import { createRenderApp } from "./testing.tsx";

// A two-page app on the shared frame: a page that reads its router context, and one that breaks.
const rootRoute = createRootRouteWithContext<RouterContext>()({ component: () => <Outlet /> });
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: function Home() {
    const { trpc } = homeRoute.useRouteContext();
    return <h1>{trpc === useTRPC() ? "Home, with the app's tRPC proxy" : "Home, with another proxy"}</h1>;
  },
});
const brokenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/broken",
  component: () => {
    throw new Error("render failed");
  },
});
const routeTree = rootRoute.addChildren([homeRoute, brokenRoute]);

const createTestRouter = (context: RouterContext, history?: RouterHistory) =>
  createRouter({ routeTree, ...appRouterOptions(context, history) });

function TestApp(props: AppProps) {
  return (
    <AppRoot {...props} createRouter={createTestRouter}>
      <p>Beside the routes</p>
    </AppRoot>
  );
}

const api = createTestApiServer(testRouter({}));
const { renderApp, disposeRenderedClients } = createRenderApp(TestApp, () => "the user");

beforeAll(() => api.listen());
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  api.reset();
});
afterAll(() => api.close());

describe("AppRoot through renderApp", () => {
  it("routes to the path with the API in the router context, and renders the app's extras beside", async () => {
    const { user, history } = renderApp("/");

    expect(await screen.findByRole("heading", { name: "Home, with the app's tRPC proxy" })).toBeInTheDocument();
    expect(screen.getByText("Beside the routes")).toBeInTheDocument();
    expect(user).toBe("the user");
    expect(history.location.pathname).toBe("/");
  });

  it("shows the shared not-found page for an unknown address", async () => {
    renderApp("/nowhere");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });

  it("shows the shared error panel when a page breaks, keeping the rest of the app", async () => {
    // React and the router report the caught error on the console; the page is what matters.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderApp("/broken");

    expect(await screen.findByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.getByText("Beside the routes")).toBeInTheDocument();
  });
});
