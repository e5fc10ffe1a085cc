import "@testing-library/jest-dom/vitest";
import { useTRPC } from "@slotted/client";
import { createTestApiServer, testError, testProcedure, testRouter } from "@slotted/client/testing";
import { useQuery } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, createRouter, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, configure, fireEvent, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import { ErrorNotice } from "./error-notice.tsx";
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

/** A page that loads the venue and, when that fails, says so with the shared notice. */
function VenuePanel() {
  const trpc = useTRPC();
  const venue = useQuery({ ...trpc.bookings.venue.queryOptions(), retry: false });
  if (venue.error) return <ErrorNotice error={venue.error} title="We couldn't load the venue" onRetry={() => void venue.refetch()} />;
  return <p>{venue.data ? `Opens at ${venue.data.openingTime}` : "Loading the venue…"}</p>;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: () => <Outlet /> });
const venueRoute = createRoute({ getParentRoute: () => rootRoute, path: "/venue", component: VenuePanel });
const signUpRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-up", component: VenuePanel });
const routeTree = rootRoute.addChildren([venueRoute, signUpRoute]);
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

const requestIdOf = (index: number) => api.requests[index]?.requestId;

describe("ErrorNotice", () => {
  it("announces the failure in the page's words with the server's message and request ID, and retries", async () => {
    venueAnswer = () => {
      throw testError("FORBIDDEN", { message: "Only staff can see the venue settings" });
    };
    renderApp("/venue");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the venue");
    expect(alert).toHaveTextContent("Only staff can see the venue settings");
    expect(alert).toHaveTextContent(`Reference: ${String(requestIdOf(0))}`);
    expect(screen.queryByRole("link", { name: "Sign in again" })).not.toBeInTheDocument();

    venueAnswer = () => ({ openingTime: "12:00" });
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Opens at 12:00")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("offers the way back in, to this same page, when the session has ended", async () => {
    venueAnswer = () => {
      throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    };
    renderApp("/venue?day=2026-06-14");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Your session has ended. Sign in again to continue where you left off.");
    const signIn = screen.getByRole("link", { name: "Sign in again" });
    const target = new URL(signIn.getAttribute("href") ?? "", "http://localhost");
    expect(target.pathname).toBe("/sign-in");
    expect(target.searchParams.get("redirect")).toBe("/venue?day=2026-06-14");
    // Signing in again is the way forward; repeating the call would fail the same way.
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("on the sign-up page, treats a 401 as about the details typed, not an ended session", async () => {
    venueAnswer = () => {
      throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    };
    renderApp("/sign-up");

    expect(await screen.findByRole("alert")).toHaveTextContent("We couldn't load the venue");
    expect(screen.queryByRole("link", { name: "Sign in again" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
