import { testError } from "@slotted/client/testing";
import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp } from "../../test/render-app.tsx";
import { createTestBackend } from "../../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  backend.state.user = null;
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

const token = "abcdefghijklmnopqrstuvwxyz234567";

describe("forgetting a password", () => {
  it("is reached from sign in, and ends in a check-your-email page that reveals nothing about the account", async () => {
    const { user, history } = renderApp("/sign-in");
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    await user.click(screen.getByRole("link", { name: "Forgot your password?" }));
    await screen.findByRole("heading", { level: 1, name: "Forgot your password?" });
    expect(history.location.pathname).toBe("/forgot-password");

    await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
    await user.click(screen.getByRole("button", { name: "Send the link" }));

    const heading = await screen.findByRole("heading", { level: 1, name: "Check your email" });
    expect(screen.getByText(/If an account exists for ada@example.com/)).toBeInTheDocument();
    expect(screen.getByText(/valid for 30 minutes/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to sign in" })).toBeInTheDocument();
    expect(backend.callsTo("auth.requestPasswordReset")).toEqual([{ email: "ada@example.com" }]);
    await expect.poll(() => document.activeElement).toBe(heading);
  });
});

describe("resetting a password", () => {
  it("says a spent or expired link can't be used and offers a new one", async () => {
    backend.state.override["auth.resetPassword"] = () => {
      throw testError("BAD_REQUEST", { issues: [{ path: "token", message: "this link has expired or was already used; ask for a new one" }] });
    };
    const { user, history } = renderApp(`/reset-password?token=${token}`);
    await screen.findByRole("heading", { level: 1, name: "Choose a new password" });
    await user.type(screen.getByLabelText(/^New password(?! again)/), "a long and unusual phrase");
    await user.type(screen.getByLabelText(/^New password again/), "a long and unusual phrase");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    await screen.findByRole("heading", { level: 1, name: "This link can't be used" });
    expect(screen.getByText(/This link has expired or was already used/)).toBeInTheDocument();
    expect(backend.callsTo("auth.resetPassword")).toEqual([{ token, newPassword: "a long and unusual phrase" }]);
    await user.click(screen.getByRole("link", { name: "Ask for a new link" }));
    await screen.findByRole("heading", { level: 1, name: "Forgot your password?" });
    expect(history.location.pathname).toBe("/forgot-password");
  });

  it("confirms the change and that every device was signed out", async () => {
    const { user } = renderApp(`/reset-password?token=${token}`);
    await screen.findByRole("heading", { level: 1, name: "Choose a new password" });
    await user.type(screen.getByLabelText(/^New password(?! again)/), "a long and unusual phrase");
    await user.type(screen.getByLabelText(/^New password again/), "a long and unusual phrase");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    await screen.findByRole("heading", { level: 1, name: "Password changed" });
    expect(screen.getByText("Your password is changed; every device was signed out.")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in with your new password" })).toBeInTheDocument();
  });
});
