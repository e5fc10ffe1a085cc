import { testError, testProcedure, testRouter } from "@slotted/client/testing";
import { act, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createAdminBackend, testStaffUser } from "../../test/admin-backend.ts";
import { fastRetries } from "../../test/fast-retries.ts";
import { renderApp } from "../../test/render-app.tsx";
import { testDashboardStats, testTrafficSummary, trafficMinute } from "./test-fixtures.ts";
import { formatClockTime } from "./live-refresh.tsx";
import { formatMinute } from "./traffic-metrics.ts";

const state = { summaryFails: false, summaryRequestIds: [] as string[] };

const backend = createAdminBackend((tools) =>
  testRouter({
    users: testRouter({
      stats: testProcedure.query(() => {
        tools.record("users.stats", undefined);
        tools.signedIn();
        return testDashboardStats();
      }),
    }),
    metrics: testRouter({
      summary: testProcedure.query(({ ctx }) => {
        tools.record("metrics.summary", undefined);
        tools.signedIn();
        state.summaryRequestIds.push(ctx.requestId);
        if (state.summaryFails) throw testError("INTERNAL_SERVER_ERROR");
        return testTrafficSummary();
      }),
    }),
  }),
);
beforeAll(() => backend.api.listen());
afterEach(() => {
  backend.reset();
  state.summaryFails = false;
  state.summaryRequestIds = [];
  vi.useRealTimers();
});
afterAll(() => backend.api.close());
// jsdom lays nothing out (every box is 0 × 0), so the charts' container would refuse to draw.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 480, 160));
});

/** The figure shown under a stat's name (a `dt`/`dd` pair). */
function stat(container: HTMLElement, label: string): string | null | undefined {
  return within(container).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
}

function section(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

/** What the browser does when the tab is hidden or shown again. */
function setTabVisibility(visibility: DocumentVisibilityState) {
  vi.spyOn(document, "visibilityState", "get").mockReturnValue(visibility);
  vi.spyOn(document, "hidden", "get").mockReturnValue(visibility === "hidden");
  act(() => {
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
}

describe("the dashboard", () => {
  it("shows today's bookings and the accounts from users.stats", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Dashboard" })).toBeInTheDocument();

    const bookings = await screen.findByLabelText("Bookings at a glance");
    expect(stat(bookings, "Bookings today")).toBe("46");
    expect(stat(bookings, "Covers today")).toBe("158");
    expect(stat(bookings, "Upcoming")).toBe("213");
    expect(stat(bookings, "Average rating")).toBe("4.3 / 5");
    const byStatus = screen.getByRole("heading", { name: "All bookings by status" }).nextElementSibling as HTMLElement;
    expect(within(byStatus).getByText("Completed").closest("div")).toHaveTextContent("3,904");
    expect(within(byStatus).getByText("No-show").closest("div")).toHaveTextContent("27");

    const users = screen.getByLabelText("Users at a glance");
    expect(stat(users, "Users")).toBe("1,284");
    expect(within(users).getByText("1,266 customers · 15 staff · 3 admins")).toBeInTheDocument();
    expect(stat(users, "Active")).toBe("1,247");
    expect(stat(users, "New today")).toBe("9");
    expect(stat(users, "New this week")).toBe("58");
  });

  it("charts the last hour and states each chart's latest value and peak in words", async () => {
    const { container, user } = renderApp("/");
    const requests = await screen.findByRole("figure", { name: "Requests per second" });
    expect(requests).toHaveAccessibleDescription(`1.5 req/s latest (${formatMinute(trafficMinute(59))}) Peak 5 req/s at ${formatMinute(trafficMinute(45))}`);
    expect(screen.getByRole("figure", { name: "Server error rate (5xx)" })).toHaveAccessibleDescription(/Peak 2% at/);
    expect(screen.getByRole("figure", { name: "Latency, 95th percentile" })).toHaveAccessibleDescription(
      `95 ms latest (${formatMinute(trafficMinute(59))}) Peak 640 ms at ${formatMinute(trafficMinute(30))}`,
    );
    expect(screen.getByRole("figure", { name: "Rate-limited answers (429)" })).toHaveAccessibleDescription(/Peak 7 a minute at/);
    expect(stat(screen.getByLabelText("Traffic totals, last 60 minutes"), "Requests")).toBe("7,350");

    // The charts come from their own chunk, after the figures; they are drawn for the eye only.
    // (Loading recharts the first time can take seconds on a busy machine: wait for it, not for a clock.)
    await waitFor(
      () => {
        expect(container.querySelectorAll("[data-chart] svg")).toHaveLength(4);
      },
      { timeout: 15_000 },
    );
    for (const chart of container.querySelectorAll("[data-chart]")) expect(chart).toHaveAttribute("aria-hidden", "true");

    // Every minute is in a table too, newest first, behind a disclosure.
    await user.click(screen.getByText("Show every minute as a table"));
    const table = screen.getByRole("table", { name: /Traffic per minute/ });
    const firstRow = within(table).getAllByRole("row")[1]!;
    expect(firstRow).toHaveTextContent(formatMinute(trafficMinute(59)));
    expect(firstRow).toHaveTextContent("1.5 req/s");
  });

  it("refreshes every 30 s while the tab is visible, pauses while it is hidden, and catches up on return", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 2, 13, 18, 0, 5));
    renderApp("/");
    await screen.findByLabelText("Bookings at a glance");
    const statsCalls = () => backend.callsTo("users.stats").length;
    const summaryCalls = () => backend.callsTo("metrics.summary").length;
    expect(statsCalls()).toBe(1);
    expect(screen.getByText(/^Updated/)).toHaveTextContent(`Updated ${formatClockTime(new Date(2026, 2, 13, 18, 0, 5))}`);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await waitFor(() => {
      expect(statsCalls()).toBe(2);
    });
    expect(summaryCalls()).toBe(2);

    setTabVisibility("hidden");
    await act(() => vi.advanceTimersByTimeAsync(95_000));
    expect(statsCalls()).toBe(2);
    expect(summaryCalls()).toBe(2);

    setTabVisibility("visible");
    await waitFor(() => {
      expect(statsCalls()).toBe(3);
    });
    expect(summaryCalls()).toBe(3);
    await waitFor(() => {
      expect(screen.getByText(/^Updated/)).toHaveTextContent(`Updated ${formatClockTime(new Date(2026, 2, 13, 18, 2, 10))}`);
    });
  });

  it("refreshes at once with Refresh now", async () => {
    const { user } = renderApp("/");
    await screen.findByLabelText("Bookings at a glance");
    await waitFor(() => {
      expect(backend.callsTo("metrics.summary")).toHaveLength(1);
    });
    await user.click(screen.getByRole("button", { name: "Refresh now" }));
    await waitFor(() => {
      expect(backend.callsTo("users.stats")).toHaveLength(2);
    });
    expect(backend.callsTo("metrics.summary")).toHaveLength(2);
  });

  it("shows a failed traffic query with its request ID while the other figures stay, and recovers on Try again", async () => {
    fastRetries();
    state.summaryFails = true;
    const { user } = renderApp("/");

    const traffic = await screen.findByRole("region", { name: "Traffic, last 60 minutes" });
    const alert = await within(traffic).findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the traffic figures");
    const requestId = state.summaryRequestIds.at(-1)!;
    expect(within(alert).getByText(requestId)).toBeInTheDocument();
    expect(stat(section("Bookings"), "Bookings today")).toBe("46");
    expect(stat(section("Users"), "Users")).toBe("1,284");

    state.summaryFails = false;
    await user.click(within(traffic).getByRole("button", { name: "Try again" }));
    expect(await within(traffic).findByRole("figure", { name: "Requests per second" })).toBeInTheDocument();
    expect(within(traffic).queryByRole("alert")).not.toBeInTheDocument();
  });
});
