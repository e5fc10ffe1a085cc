import "@testing-library/jest-dom/vitest";
import { createTestApiServer, testError, testProcedure, testRouter } from "@slotted/client/testing";
import { createRootRouteWithContext, createRoute, createRouter, Link, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, configure, fireEvent, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import { ErrorNotice } from "./error-notice.tsx";
import type { RouterContext } from "./router-context.ts";
import { useSession, useSetSessionUser, type SessionUser } from "./session.ts";
import { createRenderApp } from "./testing.tsx";
import { useSignOut } from "./use-sign-out.ts";

configure({ asyncUtilTimeout: 5_000 });

const ada: SessionUser = {
  id: "6f1c7a52-1b39-4a8e-9a57-3c2f0a1d9e11",
  email: "ada@example.com",
  name: "Ada Lovelace",
  role: "CUSTOMER",
  isActive: true,
  emailVerifiedAt: null,
  lastLoginAt: null,
  deletedAt: null,
  createdAt: new Date("2026-01-01T10:00:00Z"),
};

// The server's side: `auth.me` answers `signedIn` (null: 401) unless `meFails`; `auth.logout` may be refused.
let signedIn: SessionUser | null = null;
let meFails = false;
let logoutFails = false;
let meCalls = 0;

const api = createTestApiServer(
  testRouter({
    auth: testRouter({
      me: testProcedure.query(() => {
        meCalls++;
        if (meFails) throw testError("FORBIDDEN", { message: "Your account is suspended" });
        if (!signedIn) throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
        return signedIn;
      }),
      logout: testProcedure.mutation(() => {
        if (logoutFails) throw testError("INTERNAL_SERVER_ERROR");
        signedIn = null;
        return { signedOut: true as const };
      }),
    }),
  }),
);

/** The header both apps show: who is signed in, and the way out. */
function Header() {
  const session = useSession();
  const signOut = useSignOut();
  const setSessionUser = useSetSessionUser();
  return (
    <header>
      <p>
        {session.status === "signed-in"
          ? `Signed in as ${session.user.name}`
          : session.status === "signed-out"
            ? "Not signed in"
            : session.status === "loading"
              ? "Checking who you are…"
              : "We couldn't check who you are"}
      </p>
      {session.status === "signed-in" ? (
        <>
          <button type="button" onClick={() => signOut.mutate()}>
            Sign out
          </button>
          <button type="button" onClick={() => setSessionUser({ ...session.user, name: "Ada King" })}>
            Rename
          </button>
        </>
      ) : null}
      {signOut.error ? <ErrorNotice error={signOut.error} title="We couldn't sign you out" /> : null}
    </header>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <Header />
      <Outlet />
    </>
  ),
});
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: () => <h1>Home</h1> });
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  component: () => (
    <>
      <h1>Your account</h1>
      <Link to="/">Home</Link>
    </>
  ),
});
const routeTree = rootRoute.addChildren([homeRoute, accountRoute]);
const createTestRouter = (context: RouterContext, history?: RouterHistory) => createRouter({ routeTree, ...appRouterOptions(context, history) });
const TestApp = (props: AppProps) => <AppRoot {...props} createRouter={createTestRouter} />;
const { renderApp, disposeRenderedClients } = createRenderApp(TestApp, () => undefined);

beforeAll(() => api.listen());
beforeEach(() => {
  signedIn = ada;
  meFails = false;
  logoutFails = false;
  meCalls = 0;
});
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  api.reset();
});
afterAll(() => api.close());

describe("useSession", () => {
  it("says it is checking, then who is signed in", async () => {
    renderApp("/account");
    expect(await screen.findByText("Checking who you are…")).toBeInTheDocument();
    expect(await screen.findByText("Signed in as Ada Lovelace")).toBeInTheDocument();
  });

  it("treats a 401 from the server as signed out, not as a failure", async () => {
    signedIn = null;
    renderApp("/account");
    expect(await screen.findByText("Not signed in")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
  });

  it("says it does not know when the server fails otherwise", async () => {
    meFails = true;
    renderApp("/account");
    expect(await screen.findByText("We couldn't check who you are")).toBeInTheDocument();
  });

  it("shows a user set after a profile change without asking the server again", async () => {
    renderApp("/account");
    fireEvent.click(await screen.findByRole("button", { name: "Rename" }));
    expect(await screen.findByText("Signed in as Ada King")).toBeInTheDocument();
    expect(meCalls).toBe(1);
  });
});

describe("useSignOut", () => {
  it("signs out, forgets the account's cached data and goes home", async () => {
    const { history, client } = renderApp("/account");
    client.queryClient.setQueryData(["bookings", "list"], ["a booking"]);
    fireEvent.click(await screen.findByRole("button", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Home" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/");
    expect(await screen.findByText("Not signed in")).toBeInTheDocument();
    expect(client.queryClient.getQueryData(["bookings", "list"])).toBeUndefined();
    // The session is known to be over: no need to ask the server who is signed in.
    expect(meCalls).toBe(1);
  });

  it("stays put and shows the failure with its request ID when the server could not be told", async () => {
    logoutFails = true;
    const { history } = renderApp("/account");
    fireEvent.click(await screen.findByRole("button", { name: "Sign out" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't sign you out");
    expect(alert).toHaveTextContent("It's not you.");
    expect(alert).toHaveTextContent(/Reference: \S+/);
    expect(history.location.pathname).toBe("/account");
    expect(screen.getByText("Signed in as Ada Lovelace")).toBeInTheDocument();
  });
});
