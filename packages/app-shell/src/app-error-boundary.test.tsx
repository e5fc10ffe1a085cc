import "@testing-library/jest-dom/vitest";
import { recentLogEntries } from "@slotted/client";
import { createTestApiClient, createTestApiServer, testError, testProcedure, testRouter } from "@slotted/client/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppErrorBoundary } from "./app-error-boundary.tsx";

const api = createTestApiServer(
  testRouter({
    bookings: testRouter({
      venue: testProcedure.query(() => {
        throw testError("BAD_REQUEST", { message: "The venue for ada@example.com is misconfigured" });
      }),
    }),
  }),
);
const client = createTestApiClient();

beforeAll(() => api.listen());
afterEach(() => {
  cleanup();
  api.reset();
});
afterAll(() => {
  client.dispose();
  api.close();
});

/** A provider that cannot start: it throws the error its first call failed with. */
function BrokenProvider({ error }: { error: unknown }): never {
  throw error;
}

describe("AppErrorBoundary", () => {
  it("replaces an app that cannot render with a whole-page message, a way home and the request ID", async () => {
    const error = await client.trpcClient.bookings.venue.query().then(
      () => null,
      (failure: unknown) => failure,
    );
    const requestId = String(api.requests[0]?.requestId);

    // React reports the caught error; the page is what this test is about.
    render(
      <AppErrorBoundary>
        <BrokenProvider error={error} />
      </AppErrorBoundary>,
      { onCaughtError: () => undefined },
    );

    const heading = screen.getByRole("heading", { level: 1, name: "Something went wrong" });
    expect(heading).toHaveFocus();
    expect(screen.getByRole("main")).toContainElement(heading);
    expect(screen.getByText("The venue for ada@example.com is misconfigured Reloading the page usually helps.")).toBeInTheDocument();
    expect(screen.getByText(requestId)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
    // A plain link: the router may be what broke.
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    expect(document.title).toBe("Something went wrong · Slotted");

    // The log line keeps the code and request ID, never the message (it may hold personal data).
    const logged = recentLogEntries().filter((entry) => entry.event === "app.render_failed");
    expect(logged.at(-1)).toMatchObject({ level: "error", fields: { code: "BAD_REQUEST", requestId } });
    expect(JSON.stringify(logged)).not.toContain("ada@example.com");
  });

  it("renders the app as usual while nothing fails", () => {
    render(
      <AppErrorBoundary>
        <h1>Home</h1>
      </AppErrorBoundary>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Home" })).toBeInTheDocument();
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
  });
});
