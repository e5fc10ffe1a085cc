import { testError } from "@slotted/client/testing";
import { screen } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fastRetries } from "../test/fast-retries.ts";
import { renderApp } from "../test/render-app.tsx";
import { createTestBackend } from "../test/test-backend.ts";
import { testVenue } from "../test/fixtures.ts";

const backend = createTestBackend();
beforeAll(() => backend.api.listen());
beforeEach(() => {
  fastRetries();
});
afterEach(() => backend.reset());
afterAll(() => backend.api.close());

/** Fails the first `times` venue calls with `error`, then answers normally. */
function failVenue(times: number, error: () => Error) {
  let left = times;
  backend.state.override["bookings.venue"] = () => {
    if (left > 0) {
      left -= 1;
      throw error();
    }
    return testVenue();
  };
}

const venueRequests = () => backend.api.requests.filter((request) => request.paths.includes("bookings.venue"));

describe("the retry policy, as the customer sees it", () => {
  it("shows the data after a 503 followed by a 200, with no error on screen", async () => {
    failVenue(1, () => testError("SERVICE_UNAVAILABLE", { message: "The database is unavailable" }));
    renderApp("/");

    expect(await screen.findByText("11:00 to 23:00")).toBeInTheDocument();
    expect(backend.callsTo("bookings.venue")).toHaveLength(2);
    expect(screen.queryByText("We couldn't load the opening hours")).not.toBeInTheDocument();
  });

  it("does not retry a 400: one request, one error, and the request ID to quote", async () => {
    failVenue(5, () => testError("BAD_REQUEST", { message: "The venue is not configured" }));
    renderApp("/");

    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("We couldn't load the opening hours");
    expect(notice).toHaveTextContent("The venue is not configured");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(backend.callsTo("bookings.venue")).toHaveLength(1);

    // The ID on screen is the one the client sent and the server logged.
    const [request] = venueRequests();
    expect(request?.requestId).toBeTruthy();
    expect(screen.getByText(request?.requestId ?? "missing")).toBeInTheDocument();
  });

  it("gives up after three tries of a 5xx and offers to try again", async () => {
    failVenue(3, () => testError("INTERNAL_SERVER_ERROR"));
    const { user } = renderApp("/");

    expect(await screen.findByText("We couldn't load the opening hours")).toBeInTheDocument();
    expect(backend.callsTo("bookings.venue")).toHaveLength(3);
    const lastSent = venueRequests().at(-1)?.requestId;
    expect(screen.getByText(lastSent ?? "missing")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("11:00 to 23:00")).toBeInTheDocument();
  });
});
