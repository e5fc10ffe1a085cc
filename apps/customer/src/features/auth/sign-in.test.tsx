import { testError } from "@slotted/client/testing";
import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";
import { testUser } from "../../test/fixtures.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  backend.state.user = null;
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

async function signIn(user: ReturnType<typeof renderApp>["user"]) {
  await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("signing in", () => {
  it("sends a signed-out visitor to sign in, then back to the page they wanted", async () => {
    const { user, history } = renderApp("/bookings?tab=past");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/sign-in");

    await signIn(user);
    expect(await screen.findByRole("heading", { level: 1, name: "My bookings" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/bookings");
    expect(history.location.search).toContain("tab=past");
  });

  it("offers to sign in again when a session ends mid-visit, and comes back to the same page", async () => {
    backend.state.user = testUser();
    backend.state.override["bookings.list"] = () => {
      backend.state.user = null;
      throw testError("UNAUTHORIZED", { message: "Sign in to continue" });
    };
    const { user, history } = renderApp("/bookings?tab=past");
    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("Your session has ended");

    delete backend.state.override["bookings.list"];
    await user.click(screen.getByRole("link", { name: "Sign in again" }));
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    await signIn(user);
    expect(await screen.findByRole("heading", { level: 1, name: "My bookings" })).toBeInTheDocument();
    expect(history.location.search).toContain("tab=past");
    expect(await screen.findByRole("heading", { name: "No past bookings yet" })).toBeInTheDocument();
  });

  it("ignores a redirect that leaves the app", async () => {
    const { user, history } = renderApp(`/sign-in?redirect=${encodeURIComponent("//evil.example/phish")}`);
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    await signIn(user);
    expect(await screen.findByRole("heading", { level: 1, name: "My bookings" })).toBeInTheDocument();
    expect(history.location.pathname).toBe("/bookings");
  });

  it("says when the details don't match, with the request ID, and sends nothing while fields are empty", async () => {
    backend.state.override["auth.login"] = () => {
      throw testError("UNAUTHORIZED", { message: "Email or password is incorrect" });
    };
    const { user } = renderApp("/sign-in");
    await screen.findByRole("heading", { level: 1, name: "Sign in" });

    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Password is required")).toBeInTheDocument();
    expect(backend.callsTo("auth.login")).toHaveLength(0);

    await signIn(user);
    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("We couldn't sign you in");
    expect(notice).toHaveTextContent("Email or password is incorrect");
    const sent = backend.api.requests.find((request) => request.paths.includes("auth.login"))?.requestId;
    expect(screen.getByText(sent ?? "missing")).toBeInTheDocument();
  });
});
