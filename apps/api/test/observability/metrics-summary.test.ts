import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface Point {
  requests: number;
  requestsPerSecond: number;
  errors: number;
  clientErrors: number;
  rateLimited: number;
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}
interface Series {
  totals: Point;
  series: (Point & { minute: string })[];
}
interface Summary {
  windowMinutes: number;
  resolutionSeconds: number;
  instance: { pid: number; hostname: string; startedAt: string };
  overall: Series;
  procedures: (Series & { path: string })[];
}

const summaryUrl = (server: TestServer) => `${server.url}/api/v1/admin/metrics/summary`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("metrics.summary", () => {
  let server: TestServer;
  let staff: TestAccount;
  beforeAll(async () => {
    server = await startTestServer();
    staff = await createAccount(server, { role: "STAFF" });
  });
  afterAll(() => server.close());

  it("is for STAFF and ADMIN", async () => {
    expect((await requestJson(summaryUrl(server))).status).toBe(401);
    const customer = await createAccount(server, { role: "CUSTOMER" });
    expect((await requestJson(summaryUrl(server), { headers: customer.headers })).status).toBe(403);
    expect((await requestJson(summaryUrl(server), { headers: staff.headers })).status).toBe(200);
    const admin = await createAccount(server, { role: "ADMIN" });
    expect((await requestJson(summaryUrl(server), { headers: admin.headers })).status).toBe(200);
  });

  it("fills 60 one-minute buckets, overall and per procedure, as requests are made", async () => {
    const before = (await requestJson<Summary>(summaryUrl(server), { headers: staff.headers })).body;
    for (let i = 0; i < 12; i++) await fetch(`${server.url}/api/v1/health/live`);
    await fetch(`${server.url}/trpc/health.live,health.live?batch=1&input=${encodeURIComponent("{}")}`);
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/api/v1/no-such-route`);
    await settle();
    const res = await requestJson<Summary>(summaryUrl(server), { headers: staff.headers });
    expect(res.status).toBe(200);
    const after = res.body;

    expect(after).toMatchObject({ windowMinutes: 60, resolutionSeconds: 60 });
    expect(after.instance.pid).toBe(process.pid);
    expect(after.overall.series).toHaveLength(60);
    const minutes = after.overall.series.map((p) => Date.parse(p.minute));
    expect(minutes.every((m, i) => i === 0 || m - (minutes[i - 1] ?? 0) === 60_000)).toBe(true);

    // Overall: every HTTP request (the batch is one); the 404s count as client errors.
    const overallDelta = after.overall.totals.requests - before.overall.totals.requests;
    expect(overallDelta).toBe(12 + 1 + 3 + 1); // + the first summary call
    expect(after.overall.totals.clientErrors - before.overall.totals.clientErrors).toBe(3);
    expect(after.overall.series.reduce((sum, p) => sum + p.requests, 0)).toBe(after.overall.totals.requests);

    // Per procedure: each call of the batch counts.
    const live = after.procedures.find((p) => p.path === "health.live");
    const liveBefore = before.procedures.find((p) => p.path === "health.live")?.totals.requests ?? 0;
    expect((live?.totals.requests ?? 0) - liveBefore).toBe(14);
    expect(live?.series).toHaveLength(60);
    const { p50Ms, p95Ms, p99Ms } = live?.totals ?? { p50Ms: null, p95Ms: null, p99Ms: null };
    expect(p50Ms).not.toBeNull();
    expect(p50Ms ?? 0).toBeLessThanOrEqual(p95Ms ?? 0);
    expect(p95Ms ?? 0).toBeLessThanOrEqual(p99Ms ?? 0);
    expect(after.procedures.map((p) => p.path)).toContain("metrics.summary");
  });

  it("counts a rejected call as a client error of its procedure", async () => {
    const customer = await createAccount(server, { role: "CUSTOMER" });
    await fetch(summaryUrl(server), { headers: customer.headers });
    const after = (await requestJson<Summary>(summaryUrl(server), { headers: staff.headers })).body;
    const summary = after.procedures.find((p) => p.path === "metrics.summary");
    expect(summary?.totals.clientErrors).toBeGreaterThanOrEqual(1);
    expect(summary?.totals.errors).toBe(0);
  });
});

describe("metrics.summary with rate limiting on", () => {
  let server: TestServer;
  let staff: TestAccount;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_ENABLED: "true", RATE_LIMIT_DEFAULT_PER_MINUTE: "3" } });
    staff = await createAccount(server, { role: "STAFF" });
  });
  afterAll(() => server.close());

  it("counts 429s in the summary and rate_limit_decisions_total", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(`${server.url}/api/v1/health/ready`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    await settle();
    const summary = (await requestJson<Summary>(summaryUrl(server), { headers: staff.headers })).body;
    expect(summary.overall.totals.rateLimited).toBe(2);
    expect(summary.procedures.find((p) => p.path === "health.ready")?.totals).toMatchObject({ requests: 5, rateLimited: 2, errors: 0 });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('rate_limit_decisions_total{category="default",outcome="rejected"} 2');
    expect(text).toMatch(/rate_limit_decisions_total\{category="default",outcome="allowed"\} [34]\n/);
    expect(text).toContain('trpc_calls_total{path="health.ready",type="query",code="TOO_MANY_REQUESTS"} 2');
  });
});
