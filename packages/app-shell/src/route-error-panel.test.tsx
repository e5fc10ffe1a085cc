import "@testing-library/jest-dom/vitest";
import { useTRPC } from "@slotted/client";
import { createTestApiServer, testError, testProcedure, testRouter } from "@slotted/client/testing";
import { useSuspenseQuery } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, configure, fireEvent, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import type { RouterContext } from "./router-context.ts";
import { createRenderApp } from "./testing.tsx";

configure({ asyncUtilTimeout: 5_000 });

// The server's answer to `bookings.venue`: its opening time, or an error to throw.
let venueAnswer: () => { openingTime: string };
const api = createTestApiServer(
  testRouter({
    bookings: testRouter({ venue: testProcedure.query(() => venueAnswer()) }),
  }),
);

// A layout with a header that must survive a page failing, and a page whose loader reads the venue.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <header>Slotted header</header>
      <Outlet />
    </>
  ),
});
const venueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/venue",
  loader: ({ context }) => context.queryClient.query({ ...context.trpc.bookings.venue.queryOptions(), staleTime: "static" }),
  component: VenuePage,
});
function VenuePage() {
  // The loader has filled the cache; the page reads it as the apps' pages do.
  const trpc = useTRPC();
  const { data: venue } = useSuspenseQuery(trpc.bookings.venue.queryOptions());
  return <h1>Opens at {venue.openingTime}</h1>;
}
// A page with no loader: its query fails while it renders, inside React Query's reset boundary.
const hoursRoute = createRoute({ getParentRoute: () => rootRoute, path: "/hours", component: VenuePage });
const routeTree = rootRoute.addChildren([venueRoute, hoursRoute]);
const createTestRouter = (context: RouterContext, history?: RouterHistory) => createRouter({ routeTree, ...appRouterOptions(context, history) });
const TestApp = (props: AppProps) => <AppRoot {...props} createRouter={createTestRouter} />;
const { renderApp, disposeRenderedClients } = createRenderApp(TestApp, () => undefined);

beforeAll(() => api.listen());
beforeEach(() => {
  venueAnswer = () => ({ openingTime: "11:00" });
});
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  api.reset();
});
afterAll(() => api.close());

describe("RouteErrorPanel", () => {
  it("shows a failed page's error inside the layout, names the tab, and loads the page again on retry", async () => {
    venueAnswer = () => {
      throw testError("NOT_FOUND", { message: "Venue not found" });
    };
    renderApp("/venue");

    const heading = await screen.findByRole("heading", { level: 1, name: "We couldn't find that" });
    expect(heading).toHaveFocus();
    expect(screen.getByText("Venue not found. It may have been removed or the link may be wrong.")).toBeInTheDocument();
    expect(screen.getByText(String(api.requests[0]?.requestId))).toBeInTheDocument();
    expect(document.title).toBe("We couldn't find that · Slotted");
    expect(screen.getByText("Slotted header")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");

    venueAnswer = () => ({ openingTime: "12:00" });
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Opens at 12:00" })).toBeInTheDocument();
  });

  it("lets a page whose query failed while rendering ask again, instead of showing the cached failure", async () => {
    venueAnswer = () => {
      throw testError("FORBIDDEN", { message: "Only staff can see the opening hours" });
    };
    renderApp("/hours");

    expect(await screen.findByRole("heading", { level: 1, name: "You can't do that" })).toBeInTheDocument();
    expect(screen.getByText("Only staff can see the opening hours")).toBeInTheDocument();

    venueAnswer = () => ({ openingTime: "12:00" });
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Opens at 12:00" })).toBeInTheDocument();
  });

  it("asks someone whose session ended to sign in again, coming back to this page", async () => {
    venueAnswer = () => {
      throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    };
    renderApp("/venue?day=2026-06-14");

    expect(await screen.findByRole("heading", { level: 1, name: "Please sign in again" })).toBeInTheDocument();
    expect(screen.getByText("Your session has ended. Sign in to carry on.")).toBeInTheDocument();
    const target = new URL(screen.getByRole("link", { name: "Sign in" }).getAttribute("href") ?? "", "http://localhost");
    expect(target.pathname).toBe("/sign-in");
    expect(target.searchParams.get("redirect")).toBe("/venue?day=2026-06-14");
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });
});
