import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scrape, seriesOf, valueOf } from "./prometheus.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The HTTP metrics are written when the response finishes; give that event a moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("metrics move as requests are made", () => {
  it("counts HTTP requests by method, route template and status, with durations", async () => {
    const labels = { method: "GET", route: "/api/v1/health/live", status: "200" };
    const before = await scrape(server.url);
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/api/v1/health/live`)).status).toBe(200);
    await settle();
    const after = await scrape(server.url);
    expect(valueOf(after, "http_requests_total", labels) - valueOf(before, "http_requests_total", labels)).toBe(3);
    const durations = { method: "GET", route: "/api/v1/health/live" };
    expect(valueOf(after, "http_request_duration_seconds_count", durations) - valueOf(before, "http_request_duration_seconds_count", durations)).toBe(3);
    expect(valueOf(after, "http_request_duration_seconds_bucket", { ...durations, le: "+Inf" })).toBe(valueOf(after, "http_request_duration_seconds_count", durations));
  });

  it("counts procedure calls by path, type and code over both adapters, each call of a batch", async () => {
    const ok = { path: "health.live", type: "query", code: "OK" };
    const before = await scrape(server.url);
    await fetch(`${server.url}/trpc/health.live`);
    await fetch(`${server.url}/trpc/health.live,health.live?batch=1&input=${encodeURIComponent("{}")}`);
    await fetch(`${server.url}/api/v1/health/live`);
    const denied = await fetch(`${server.url}/api/v1/admin/metrics/summary`);
    expect(denied.status).toBe(401);
    await settle();
    const after = await scrape(server.url);
    expect(valueOf(after, "trpc_calls_total", ok) - valueOf(before, "trpc_calls_total", ok)).toBe(4);
    expect(valueOf(after, "trpc_calls_total", { path: "metrics.summary", type: "query", code: "UNAUTHORIZED" })).toBe(1);
    expect(valueOf(after, "trpc_call_duration_seconds_count", { path: "health.live", type: "query" })).toBeGreaterThanOrEqual(4);
    expect(valueOf(after, "http_requests_total", { route: "/trpc/batch", status: "200" })).toBe(1);
    expect(valueOf(after, "http_requests_total", { route: "/api/v1/admin/metrics/summary", status: "401" })).toBe(1);
  });

  it("labels routes by template, so 1,000 random unknown URLs add no new series", async () => {
    const unknown = () => [
      `/nothing/${randomUUID()}`,
      `/api/v1/${randomUUID()}/${randomUUID()}`,
      `/trpc/${randomUUID()}`,
      `/api/docs/assets/${randomUUID()}.js`,
      `/metrics/${randomUUID()}`,
    ];
    // One of each kind first: the first unknown URL of a kind may add its (bounded) route label.
    await Promise.all(unknown().map((path) => fetch(`${server.url}${path}`)));
    await settle();
    const before = await scrape(server.url);

    const paths = Array.from({ length: 200 }, unknown).flat();
    expect(paths).toHaveLength(1_000);
    for (let i = 0; i < paths.length; i += 25) {
      await Promise.all(paths.slice(i, i + 25).map(async (path) => (await fetch(`${server.url}${path}`)).arrayBuffer()));
    }
    await settle();
    const after = await scrape(server.url);

    for (const name of ["http_requests_total", "http_request_duration_seconds_bucket", "trpc_calls_total"]) {
      expect([...seriesOf(after, name)].filter((s) => !seriesOf(before, name).has(s)), name).toEqual([]);
    }
    const counted = valueOf(after, "http_requests_total") - valueOf(before, "http_requests_total");
    // The 1,000 plus the one scrape made in between.
    expect(counted).toBe(1_001);
    const routes = [...seriesOf(after, "http_requests_total")].join("\n");
    expect(routes).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
