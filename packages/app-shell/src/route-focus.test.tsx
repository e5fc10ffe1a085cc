import "@testing-library/jest-dom/vitest";
import { createTestApiServer, testRouter } from "@slotted/client/testing";
import { createRootRouteWithContext, createRoute, createRouter, Link, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import { PageHeading } from "./page-heading.tsx";
import type { RouterContext } from "./router-context.ts";
import { SkipLink } from "./skip-link.tsx";
import { createRenderApp } from "./testing.tsx";
import { mainContentId, useRouteFocus } from "./use-route-focus.ts";

configure({ asyncUtilTimeout: 5_000 });

const api = createTestApiServer(testRouter({}));

/** The apps' layout: skip link, a header of links, and the main region focus falls back to. */
function Layout() {
  useRouteFocus();
  return (
    <>
      <SkipLink />
      <nav aria-label="Main">
        <Link to="/">Home</Link>
        <Link to="/bookings">Bookings</Link>
        <Link to="/plain">Plain page</Link>
      </nav>
      <main id={mainContentId} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Layout });
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: () => (
    <PageHeading title="Book a table" size="hero">
      Book a table <em>tonight</em>
    </PageHeading>
  ),
});
const bookingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/bookings",
  validateSearch: (search: Record<string, unknown>): { tab?: string } => (typeof search.tab === "string" ? { tab: search.tab } : {}),
  component: function BookingsPage() {
    const { tab } = bookingsRoute.useSearch();
    return (
      <>
        <PageHeading title="Your bookings" />
        <Link to="/bookings" search={{ tab: "past" }}>
          Past
        </Link>
        <p>{tab === "past" ? "Showing past bookings" : "Showing upcoming bookings"}</p>
      </>
    );
  },
});
const plainRoute = createRoute({ getParentRoute: () => rootRoute, path: "/plain", component: () => <p>A page without a heading</p> });
const routeTree = rootRoute.addChildren([homeRoute, bookingsRoute, plainRoute]);
const createTestRouter = (context: RouterContext, history?: RouterHistory) => createRouter({ routeTree, ...appRouterOptions(context, history) });
const TestApp = (props: AppProps) => <AppRoot {...props} createRouter={createTestRouter} />;
const { renderApp, disposeRenderedClients } = createRenderApp(TestApp, () => undefined);

beforeAll(() => api.listen());
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  api.reset();
});
afterAll(() => api.close());

describe("page headings and focus after navigation", () => {
  it("leaves focus alone on the first load, with the page's title on the tab", async () => {
    renderApp("/");
    const heading = await screen.findByRole("heading", { level: 1, name: "Book a table tonight" });
    expect(document.title).toBe("Book a table · Slotted");
    expect(heading).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });

  it("moves focus to the new page's heading after a navigation, and renames the tab", async () => {
    renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Book a table tonight" });

    fireEvent.click(screen.getByRole("link", { name: "Bookings" }));
    const heading = await screen.findByRole("heading", { level: 1, name: "Your bookings" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(document.title).toBe("Your bookings · Slotted");
  });

  it("falls back to the main region on a page without a heading", async () => {
    renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Book a table tonight" });

    fireEvent.click(screen.getByRole("link", { name: "Plain page" }));
    await screen.findByText("A page without a heading");
    await waitFor(() => expect(screen.getByRole("main")).toHaveFocus());
  });

  it("leaves focus on the control after a change of search params only (a tab, a filter)", async () => {
    const { history } = renderApp("/bookings");
    await screen.findByRole("heading", { level: 1, name: "Your bookings" });

    const past = screen.getByRole("link", { name: "Past" });
    past.focus();
    fireEvent.click(past);
    expect(await screen.findByText("Showing past bookings")).toBeInTheDocument();
    expect(history.location.search).toContain("tab=past");
    expect(past).toHaveFocus();
  });
});

describe("SkipLink", () => {
  it("jumps past the header to the main content without changing the address", async () => {
    const { history } = renderApp("/bookings");
    await screen.findByRole("heading", { level: 1, name: "Your bookings" });

    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveAttribute("href", "#main");
    // The browser's own jump is cancelled (false): in the apps it would go through the router.
    expect(fireEvent.click(skip)).toBe(false);
    expect(screen.getByRole("main")).toHaveFocus();
    expect(history.location.hash).toBe("");
  });
});
