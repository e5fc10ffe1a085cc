import "@testing-library/jest-dom/vitest";
import type { RouterInputs } from "@slotted/client";
import {
  createTestApiServer,
  testError,
  testProcedure,
  testRateLimitHeaders,
  testRouter,
  type TestContext,
} from "@slotted/client/testing";
import { createRootRouteWithContext, createRoute, createRouter, Outlet, type RouterHistory } from "@tanstack/react-router";
import { cleanup, configure, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppRoot, appRouterOptions, type AppProps } from "./app-root.tsx";
import { AuthPageFrame } from "./auth-page-frame.tsx";
import { RateLimitBanner } from "./rate-limit-banner.tsx";
import { redirectIfSignedIn, requireSession } from "./require-session.ts";
import type { RouterContext } from "./router-context.ts";
import { useSession, type SessionUser } from "./session.ts";
import { SignInForm } from "./sign-in-form.tsx";
import { validateSignInSearch } from "./sign-in-search.ts";
import { createRenderApp } from "./testing.tsx";

configure({ asyncUtilTimeout: 5_000 });

type LoginInput = RouterInputs["auth"]["login"];

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

// The server's side: who `auth.me` answers with (null: 401), and how `auth.login` answers.
let signedIn: SessionUser | null = null;
let answerLogin: (input: LoginInput, ctx: TestContext) => unknown;
const logins: LoginInput[] = [];
const signInAsAda = () => {
  signedIn = ada;
  return { user: ada, token: "test-token", expiresAt: new Date("2030-01-01T00:00:00Z") };
};

const api = createTestApiServer(
  testRouter({
    auth: testRouter({
      me: testProcedure.query(() => {
        if (!signedIn) throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
        return signedIn;
      }),
      login: testProcedure
        .input((input) => input as LoginInput)
        .mutation(({ input, ctx }) => {
          logins.push(input);
          return answerLogin(input, ctx);
        }),
    }),
  }),
);

// A small app on the shared frame: a sign-in page, and a signed-in page it guards.
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <RateLimitBanner />
      <Outlet />
    </>
  ),
});
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: validateSignInSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn({ context, target: search.redirect, fallback: "/bookings" }),
  component: function SignInPage() {
    const { redirect } = signInRoute.useSearch();
    return (
      <AuthPageFrame title="Sign in" intro="Welcome back." footer={<a href="/sign-up">Create an account</a>}>
        <SignInForm redirectTo={redirect} defaultTarget="/bookings" />
      </AuthPageFrame>
    );
  },
});
const bookingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/bookings",
  beforeLoad: requireSession,
  component: BookingsPage,
});
function BookingsPage() {
  const session = useSession();
  return <h1>{session.user ? `Bookings for ${session.user.name}` : "Bookings"}</h1>;
}
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  beforeLoad: requireSession,
  component: () => <h1>Your account</h1>,
});
const routeTree = rootRoute.addChildren([signInRoute, bookingsRoute, accountRoute]);
const createTestRouter = (context: RouterContext, history?: RouterHistory) => createRouter({ routeTree, ...appRouterOptions(context, history) });
const TestApp = (props: AppProps) => <AppRoot {...props} createRouter={createTestRouter} />;
const { renderApp, disposeRenderedClients } = createRenderApp(TestApp, () => undefined);

beforeAll(() => api.listen());
beforeEach(() => {
  signedIn = null;
  logins.length = 0;
  answerLogin = signInAsAda;
});
afterEach(() => {
  cleanup();
  disposeRenderedClients();
  api.reset();
  vi.useRealTimers();
});
afterAll(() => api.close());

const emailBox = () => screen.getByRole("textbox", { name: /^Email/ });
const passwordBox = () => screen.getByLabelText(/^Password/);
const signInButton = () => screen.getByRole("button", { name: "Sign in" });

async function openSignIn(path = "/sign-in") {
  const view = renderApp(path);
  await screen.findByRole("heading", { level: 1, name: "Sign in" });
  return view;
}

function submit(email: string, password: string) {
  fireEvent.change(emailBox(), { target: { value: email } });
  fireEvent.change(passwordBox(), { target: { value: password } });
  fireEvent.click(signInButton());
}

describe("signing in", () => {
  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    const { history } = renderApp("/bookings?tab=past");

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/sign-in");
    expect(new URLSearchParams(history.location.search).get("redirect")).toBe("/bookings?tab=past");
    expect(screen.getByText("Welcome back.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up");

    submit("Ada@Example.com ", "correct horse");

    expect(await screen.findByRole("heading", { level: 1, name: "Bookings for Ada Lovelace" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/bookings");
    expect(history.location.search).toContain("tab=past");
    // The browser sends the schema's normalised address.
    expect(logins).toEqual([{ email: "ada@example.com", password: "correct horse" }]);
  });

  it("goes to the app's first page when there is nowhere to go back to", async () => {
    const { history } = await openSignIn();
    submit("ada@example.com", "correct horse");

    expect(await screen.findByRole("heading", { level: 1, name: "Bookings for Ada Lovelace" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/bookings");
  });

  it("skips the sign-in page for someone already signed in", async () => {
    signedIn = ada;
    const { history } = renderApp("/sign-in?redirect=%2Faccount");

    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/account");
  });

  it("ignores a redirect to another site", async () => {
    const { history } = await openSignIn("/sign-in?redirect=https%3A%2F%2Fevil.example%2F");
    submit("ada@example.com", "correct horse");

    expect(await screen.findByRole("heading", { level: 1, name: "Bookings for Ada Lovelace" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/bookings");
  });
});

describe("sign-in errors", () => {
  it("checks the fields in the browser before asking the server", async () => {
    await openSignIn();
    submit("not an address", "");

    expect(await screen.findByText("Email must be a valid email address")).toBeInTheDocument();
    expect(screen.getByText("Password is required")).toBeInTheDocument();
    expect(emailBox()).toHaveAttribute("aria-invalid", "true");
    expect(logins).toEqual([]);
  });

  it("puts the server's field errors on their fields, focuses the first, and points to them", async () => {
    answerLogin = () => {
      throw testError("BAD_REQUEST", { issues: [{ path: "email", message: "is not an address we can deliver to" }] });
    };
    await openSignIn();
    submit("ada@example.com", "correct horse");

    expect(await screen.findByText("Email is not an address we can deliver to")).toBeInTheDocument();
    expect(emailBox()).toHaveFocus();
    expect(screen.getByText("Please correct the highlighted fields and try again.")).toBeInTheDocument();
    // The request ID of the refused call, to quote to support.
    expect(screen.getByText(/Reference:/)).toHaveTextContent(/Reference: \S+ — quote this if you contact us/);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows details that don't match as the form's error, without offering to sign in again", async () => {
    answerLogin = () => {
      throw testError("UNAUTHORIZED", { message: "Email or password is incorrect" });
    };
    await openSignIn();
    submit("ada@example.com", "wrong horse");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't sign you in");
    expect(alert).toHaveTextContent("Email or password is incorrect");
    expect(screen.queryByRole("link", { name: "Sign in again" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("after a 429, counts down, keeps the button disabled until the reset, and can hide the countdown", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    answerLogin = (_input, ctx) => {
      ctx.setHeaders(testRateLimitHeaders({ category: "auth", remaining: 0, resetSeconds: 30, retryAfterSeconds: 30 }));
      throw testError("TOO_MANY_REQUESTS", { message: "Too many requests: try again in 30 seconds", retryAfter: 30 });
    };
    await openSignIn();
    submit("ada@example.com", "correct horse");

    expect(await screen.findByText("Signing in and signing up are paused for 30 s")).toBeInTheDocument();
    expect(signInButton()).toBeDisabled();
    expect(screen.getByText(/Too many sign-in attempts/)).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(10_000);
    const secondsLeft = Number(screen.getByRole("progressbar", { name: "Signing in and signing up: time left" }).getAttribute("aria-valuenow"));
    expect(secondsLeft).toBeGreaterThanOrEqual(18);
    expect(secondsLeft).toBeLessThanOrEqual(20);

    fireEvent.click(screen.getByRole("button", { name: "Dismiss the notice: Signing in and signing up paused" }));
    expect(screen.queryByText(/are paused for/)).not.toBeInTheDocument();
    expect(signInButton()).toBeDisabled();

    await vi.advanceTimersByTimeAsync(21_000);
    await waitFor(() => expect(signInButton()).toBeEnabled());
    expect(screen.queryByText(/Too many sign-in attempts/)).not.toBeInTheDocument();
    expect(logins).toHaveLength(1);
  });
});
