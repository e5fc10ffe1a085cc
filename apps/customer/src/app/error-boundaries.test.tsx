import { testError } from "@slotted/client/testing";
import { render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fastRetries } from "../test/fast-retries.ts";
import { renderApp } from "../test/render-app.tsx";
import { createTestBackend } from "../test/test-backend.ts";
import { testUser } from "../test/fixtures.ts";
import { AppErrorBoundary } from "@slotted/app-shell";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  fastRetries();
  // React and the router report caught errors on the console; the assertions below are what matter.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

describe("error boundaries", () => {
  it("keeps the layout when one page fails, shows the request ID, and recovers on Try again", async () => {
    backend.state.override["auth.me"] = () => {
      throw testError("INTERNAL_SERVER_ERROR");
    };
    const { user } = renderApp("/bookings");

    const heading = await screen.findByRole("heading", { level: 1, name: "Something went wrong on our side" });
    // The header, navigation and footer are still there: only the page was replaced.
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Book a table" })).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
    expect(heading).toHaveFocus();

    // The third try is the one that gave up: its ID is the one on screen (and in the server's log).
    const thirdTry = backend.api.requests.filter((request) => request.paths.includes("auth.me"))[2]?.requestId;
    expect(screen.getByText(thirdTry ?? "missing")).toBeInTheDocument();

    delete backend.state.override["auth.me"];
    backend.state.user = testUser();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "My bookings" })).toBeInTheDocument();
  });

  it("catches what escapes the router with a whole-page error and a reload", () => {
    function Broken(): never {
      throw new Error("the layout exploded");
    }
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
    // Internal messages never reach the screen.
    expect(screen.queryByText(/the layout exploded/)).not.toBeInTheDocument();
  });

  it("shows the not-found page inside the layout for an unknown address", async () => {
    renderApp("/no-such-page");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(document.title).toBe("Page not found · Slotted");
  });
});
