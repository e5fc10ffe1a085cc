import { createMemoryStorage, createTestApiClient, testError, testRateLimitHeaders } from "@slotted/client/testing";
import { screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/render-app.tsx";
import { createTestBackend } from "../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  // Real time keeps flowing (msw, React), but the countdown can be moved on by hand.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  backend.state.user = null;
  backend.state.override["auth.login"] = (_input, ctx) => {
    ctx.setHeaders(testRateLimitHeaders({ category: "auth", remaining: 0, resetSeconds: 30, retryAfterSeconds: 30 }));
    throw testError("TOO_MANY_REQUESTS", { message: "Too many requests: try again in 30 seconds", retryAfter: 30 });
  };
});
afterEach(() => {
  vi.useRealTimers();
  backend.reset();
});
afterAll(() => backend.api.close());

async function signInUntilRefused(storage = createMemoryStorage()) {
  const client = createTestApiClient({ storage });
  const view = renderApp("/sign-in", { client });
  await screen.findByRole("heading", { level: 1, name: "Sign in" });
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  await user.type(screen.getByLabelText(/^Email/), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "not the right one");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  await screen.findByText("Signing in and signing up are paused for 30 s");
  return { ...view, user, storage };
}

const countdown = () => screen.getByRole("progressbar", { name: "Signing in and signing up: time left" });
/** Seconds left on the bar. Real time keeps flowing under the fake clock, so allow a second or two. */
const secondsLeft = () => Number(countdown().getAttribute("aria-valuenow"));

describe("rate-limit banner", () => {
  it("names the blocked action, counts down from Retry-After and keeps the action disabled", async () => {
    await signInUntilRefused();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
    expect(screen.getByText(/Too many sign-in attempts/)).toBeInTheDocument();
    expect(countdown()).toHaveAttribute("aria-valuenow", "30");
    expect(countdown()).toHaveAttribute("data-urgency", "high");

    await vi.advanceTimersByTimeAsync(12_000);
    expect(secondsLeft()).toBeGreaterThanOrEqual(16);
    expect(secondsLeft()).toBeLessThanOrEqual(18);
    expect(screen.getByText(`Signing in and signing up are paused for ${secondsLeft()} s`)).toBeInTheDocument();
    expect(countdown()).toHaveAttribute("data-urgency", "medium");
    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
    // The only request is the refused one: the client holds the category without asking again.
    expect(backend.callsTo("auth.login")).toHaveLength(1);
  });

  it("clears itself when the countdown ends and gives the action back", async () => {
    await signInUntilRefused();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(screen.queryByText(/are paused for/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  it("can be dismissed by hand, while the action stays disabled until the reset", async () => {
    const { user } = await signInUntilRefused();
    await user.click(screen.getByRole("button", { name: "Dismiss the notice: Signing in and signing up paused" }));
    expect(screen.queryByText(/are paused for/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
  });

  it("survives a reload: a new app on the same storage still shows the countdown and blocks the action", async () => {
    const { unmount, storage } = await signInUntilRefused();
    await vi.advanceTimersByTimeAsync(5_000);
    unmount();

    renderApp("/sign-in", { client: createTestApiClient({ storage }) });
    expect(await screen.findByText(/Signing in and signing up are paused for \d+ s/)).toBeInTheDocument();
    expect(secondsLeft()).toBeGreaterThanOrEqual(23);
    expect(secondsLeft()).toBeLessThanOrEqual(25);
    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
    expect(backend.callsTo("auth.login")).toHaveLength(1);
  });
});
