import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

describe("GET /metrics without METRICS_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers loopback clients with Prometheus text and every documented metric", async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const name of [
      "process_cpu_user_seconds_total",
      "nodejs_eventloop_lag_p99_seconds",
      "http_requests_total",
      "http_request_duration_seconds",
      "trpc_calls_total",
      "trpc_call_duration_seconds",
      "rate_limit_decisions_total",
      "cache_operations_total",
      "db_pool_connections",
      "health_check_status",
      "slotted_jobs",
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain('health_check_status{check="database"} 1');
    expect(text).toMatch(/db_pool_connections\{state="max"\} \d+/);
  });

  it("counts background jobs by queue and state at scrape time", async () => {
    // This test server runs no worker: the booking's mail job waits, and the scrape shows it.
    const customer = await createAccount(server);
    const created = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 5) }));
    expect(created.status).toBe(201);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('slotted_jobs{queue="booking-mail",state="created"} 1');
    expect(text).toContain('slotted_jobs{queue="booking-reminder",state="created"} 1');
  });

  it("refuses a request relayed by a proxy with 403 in the error shape", async () => {
    const res = await requestJson<{ code: string; message: string; requestId: string }>(`${server.url}/metrics`, {
      headers: { "X-Forwarded-For": "203.0.113.9", "X-Request-ID": "metrics-forwarded" },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "FORBIDDEN", requestId: "metrics-forwarded" });
    expect(res.body.message).toMatch(/METRICS_TOKEN/);
  });
});

describe("GET /metrics with METRICS_TOKEN", () => {
  const token = "metrics-token-0123456789abcdef";
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_TOKEN: token } });
  });
  afterAll(() => server.close());

  it("needs the bearer token, even from loopback", async () => {
    const missing = await requestJson<{ code: string }>(`${server.url}/metrics`);
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe("UNAUTHORIZED");
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("rejects a wrong token of any length and a non-bearer scheme", async () => {
    for (const authorization of [`Bearer ${token}x`, "Bearer short", `Bearer ${token.slice(0, -1)}`, `Basic ${token}`]) {
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization } });
      expect(res.status, authorization).toBe(401);
    }
  });

  it("answers with the right token, also to a proxied request", async () => {
    const res = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}`, "X-Forwarded-For": "203.0.113.9" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("# TYPE http_requests_total counter");
  });
});
