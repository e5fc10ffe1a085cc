import type { RouterOutputs } from "@slotted/client";
import { testError, testProcedure, testRouter } from "@slotted/client/testing";
import { screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAdminBackend, testStaffUser } from "../../test/admin-backend.ts";
import { fastRetries } from "../../test/fast-retries.ts";
import { renderApp } from "../../test/render-app.tsx";
import { testDatabaseMetrics, testSystemHealth } from "./test-fixtures.ts";

type SystemHealth = RouterOutputs["health"]["detailed"];

const state: { health: SystemHealth; databaseFails: boolean; databaseRequestIds: string[] } = {
  health: testSystemHealth(),
  databaseFails: false,
  databaseRequestIds: [],
};

const backend = createAdminBackend((tools) =>
  testRouter({
    health: testRouter({
      // The client's connection probe.
      live: testProcedure.query(() => ({ status: "ok" as const, uptimeSeconds: 1 })),
      detailed: testProcedure.query(() => {
        tools.record("health.detailed", undefined);
        tools.signedIn();
        return state.health;
      }),
    }),
    metrics: testRouter({
      database: testProcedure.query(({ ctx }) => {
        tools.record("metrics.database", undefined);
        tools.signedIn();
        state.databaseRequestIds.push(ctx.requestId);
        if (state.databaseFails) throw testError("INTERNAL_SERVER_ERROR");
        return testDatabaseMetrics();
      }),
    }),
  }),
);
beforeAll(() => backend.api.listen());
afterEach(() => {
  backend.reset();
  state.health = testSystemHealth();
  state.databaseFails = false;
  state.databaseRequestIds = [];
});
afterAll(() => backend.api.close());

const check = (name: string) => screen.getByRole("region", { name });

describe("the System page", () => {
  it("shows a failing database check in red with its reason, and a fallback limiter in amber with what that means", async () => {
    const healthy = testSystemHealth();
    state.health = {
      ...healthy,
      status: "down",
      database: { ...healthy.database, status: "down", latencyMs: 2000, serverVersion: null, error: "connect ECONNREFUSED 10.0.0.5:5432" },
      rateLimiter: { state: "fallback" },
      cache: { ...healthy.cache, status: "degraded", error: "the rate limiter lost Redis and counts in process until it answers again" },
    };
    renderApp("/system");

    await screen.findByRole("heading", { level: 3, name: "Database" });
    const database = check("Database");
    expect(within(database).getByText("Down")).toHaveAttribute("data-tone", "danger");
    expect(database).toHaveTextContent("connect ECONNREFUSED 10.0.0.5:5432");
    expect(database).toHaveTextContent("PostgreSQL");
    expect(within(database).getByText("Check took").nextElementSibling).toHaveTextContent("2,000 ms");

    const limiter = check("Rate limiter");
    expect(within(limiter).getByText("Fallback")).toHaveAttribute("data-tone", "warning");
    expect(limiter).toHaveTextContent("each server process now counts requests on its own");
    expect(limiter).toHaveTextContent("Fallback (per process)");

    expect(within(check("Cache")).getByText("Degraded")).toHaveAttribute("data-tone", "warning");
    expect(within(check("Checks")).getByText("Down", { selector: "p > span" })).toHaveAttribute("data-tone", "danger");
  });

  it("shows healthy checks in green with their modes and timings", async () => {
    renderApp("/system");
    await screen.findByRole("heading", { level: 3, name: "Database" });
    expect(within(check("Database")).getByText("Up")).toHaveAttribute("data-tone", "success");
    expect(check("Database")).toHaveTextContent("Answered in 2.4 ms.");
    expect(within(check("Cache")).getByText("Up")).toHaveAttribute("data-tone", "success");
    expect(check("Cache")).toHaveTextContent("3.3 MB");
    expect(within(check("Rate limiter")).getByText("Shared")).toHaveAttribute("data-tone", "success");
    expect(within(check("Process and event loop")).getByText("Responsive")).toHaveAttribute("data-tone", "success");
    expect(check("Process and event loop")).toHaveTextContent("Event-loop delay p99 22 ms; busy 8% of the last 60 s.");
  });

  it("gauges the connection pool against its maximum and lists the slowest query shapes", async () => {
    const { user } = renderApp("/system");
    const inUse = await screen.findByRole("meter", { name: "In use" });
    expect(inUse).toHaveAttribute("aria-valuenow", "9");
    expect(inUse).toHaveAttribute("aria-valuemax", "10");
    expect(inUse).toHaveAttribute("aria-valuetext", "9 of 10, near the limit");
    expect(inUse).toHaveAttribute("data-tone", "danger");
    expect(screen.getByRole("meter", { name: "Waiting" })).toHaveAttribute("aria-valuetext", "2 requests, queueing");

    const table = screen.getByRole("table", { name: /slowest query shapes/i });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText(/FROM "bookings"/)).toHaveClass("font-mono");
    expect(rows[0]).toHaveTextContent("1,284");
    expect(rows[0]).toHaveTextContent("412.7 ms");
    expect(rows[0]).toHaveTextContent("18.3 ms");

    // A bulk insert's shape is clamped to a few lines until asked for in full.
    expect(within(rows[0]!).queryByRole("button")).not.toBeInTheDocument();
    const toggle = within(rows[2]!).getByRole("button", { name: "Show the whole query" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(within(rows[2]!).getByText(/^INSERT INTO "users"/)).toHaveClass("line-clamp-3");
    await user.click(toggle);
    expect(within(rows[2]!).getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
    expect(within(rows[2]!).getByText(/^INSERT INTO "users"/)).not.toHaveClass("line-clamp-3");
  });

  it("describes the build and the configuration", async () => {
    renderApp("/system");
    const build = await screen.findByRole("region", { name: "Build and configuration" });
    expect(build).toHaveTextContent("1.4.2");
    expect(within(build).getByText("3f9a2c71e0b8")).toHaveAttribute("title", "3f9a2c71e0b84d55a6c1f0e2b7d9c4a18e6f5b20");
    expect(build).toHaveTextContent("v20.20.0");
    const features = within(build).getByLabelText("Features");
    expect(within(features).getByText("Rate limiting").nextElementSibling).toHaveTextContent("On");
    expect(within(features).getByText("Admin account from the environment").nextElementSibling).toHaveTextContent("Off");
    expect(within(build).getByLabelText("Limits")).toHaveTextContent("15 s");
    expect(within(build).getByLabelText("Venue")).toHaveTextContent("Europe/London");
  });

  it("keeps the health checks on screen when the database figures fail, with the request ID to quote", async () => {
    fastRetries();
    state.databaseFails = true;
    renderApp("/system");
    const section = await screen.findByRole("region", { name: "Database pool and queries" });
    const alert = await within(section).findByRole("alert");
    expect(alert).toHaveTextContent("We couldn't load the database figures");
    expect(within(alert).getByText(state.databaseRequestIds.at(-1)!)).toBeInTheDocument();
    expect(within(await screen.findByRole("region", { name: "Database" })).getByText("Up")).toBeInTheDocument();
  });

  it("needs system:read: STAFF are told why, and the server is asked nothing", async () => {
    backend.session.user = testStaffUser({ role: "STAFF" });
    renderApp("/system");
    expect(await screen.findByRole("heading", { level: 1, name: "Not available to your role" })).toBeInTheDocument();
    expect(backend.callsTo("health.detailed")).toEqual([]);
    expect(backend.callsTo("metrics.database")).toEqual([]);
  });
});
