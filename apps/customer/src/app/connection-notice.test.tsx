import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fastRetries } from "../test/fast-retries.ts";
import { renderApp } from "../test/render-app.tsx";
import { createTestBackend } from "../test/test-backend.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  fastRetries();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
  backend.reset();
});
afterAll(() => backend.api.close());

describe("connection notice", () => {
  it("says when the server cannot be reached, and recovers by itself when it answers again", async () => {
    // The venue fails all three tries; the health probe then answers.
    backend.api.interruptNextFor("bookings.venue", "network", "network", "network");
    renderApp("/");

    expect(await screen.findByText("We can't reach Slotted right now")).toBeInTheDocument();
    expect(screen.getByText("We can't reach Slotted right now").closest('[role="status"]')).toHaveAttribute("aria-live", "polite");

    // The client probes health.live after a second, then refetches what is on screen.
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await screen.findByText("11:00 to 23:00")).toBeInTheDocument();
    expect(screen.queryByText("We can't reach Slotted right now")).not.toBeInTheDocument();
  });
});
