import "@testing-library/jest-dom/vitest";
import { ApiProvider, useTRPC } from "@slotted/client";
import { createTestApiClient, createTestApiServer, testProcedure, testRouter } from "@slotted/client/testing";
import { useQuery } from "@tanstack/react-query";
import { act, cleanup, configure, render, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ConnectionNotice } from "./connection-notice.tsx";

configure({ asyncUtilTimeout: 5_000 });

const api = createTestApiServer(
  testRouter({
    bookings: testRouter({ venue: testProcedure.query(() => ({ openingTime: "11:00" })) }),
  }),
);
const clients: { dispose: () => void }[] = [];

function VenueHours() {
  const trpc = useTRPC();
  const venue = useQuery({ ...trpc.bookings.venue.queryOptions(), retry: false });
  return <p>{venue.data ? `Opens at ${venue.data.openingTime}` : venue.isError ? "No opening hours" : "Loading…"}</p>;
}

function renderWithNotice() {
  const client = createTestApiClient();
  clients.push(client);
  render(
    <ApiProvider client={client}>
      <ConnectionNotice />
      <VenueHours />
    </ApiProvider>,
  );
  return client;
}

const notice = () => screen.getByRole("status");

beforeAll(() => api.listen());
afterEach(() => {
  cleanup();
  for (const client of clients.splice(0)) client.dispose();
  api.reset();
  vi.useRealTimers();
  window.dispatchEvent(new Event("online"));
});
afterAll(() => api.close());

describe("ConnectionNotice", () => {
  it("stays an empty live region while the server answers", async () => {
    renderWithNotice();
    expect(await screen.findByText("Opens at 11:00")).toBeInTheDocument();
    expect(notice()).toBeEmptyDOMElement();
    expect(notice()).toHaveAttribute("aria-live", "polite");
  });

  it("says the server is not answering, and clears once a probe gets through", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    api.interruptNext("network");
    renderWithNotice();

    expect(await within(notice()).findByText("We can't reach Slotted right now")).toBeInTheDocument();
    expect(notice()).toHaveTextContent("The server isn't answering.");

    // The client probes the server's health after a second; its answer clears the notice.
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    await vi.waitFor(() => expect(notice()).toBeEmptyDOMElement());
    expect(api.requests.some((request) => request.paths.includes("health.live"))).toBe(true);
    // Back from the outage, what is on screen is loaded again.
    expect(await screen.findByText("Opens at 11:00")).toBeInTheDocument();
  });

  it("says the device is offline, and clears when it is back online", async () => {
    renderWithNotice();
    await screen.findByText("Opens at 11:00");

    act(() => {
      window.dispatchEvent(new Event("offline"));
    });
    expect(within(notice()).getByText("You're offline")).toBeInTheDocument();
    expect(notice()).toHaveTextContent("Slotted will pick up where you left off");

    act(() => {
      window.dispatchEvent(new Event("online"));
    });
    expect(notice()).toBeEmptyDOMElement();
  });
});
