import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface DatabaseMetrics {
  mode: string;
  pool: { total: number; idle: number; active: number; waiting: number; max: number };
  trackedShapes: number;
  slowestQueries: { shape: string; count: number; maxMs: number; avgMs: number; totalMs: number; lastSeenAt: string }[];
}

const databaseUrl = (server: TestServer) => `${server.url}/api/v1/admin/metrics/database`;

describe("metrics.database", () => {
  let server: TestServer;
  let admin: TestAccount;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await createAccount(server, { role: "ADMIN", email: "shape-probe-41c9@example.test" });
  });
  afterAll(() => server.close());

  it("is for ADMIN only", async () => {
    expect((await requestJson(databaseUrl(server))).status).toBe(401);
    const staff = await createAccount(server, { role: "STAFF" });
    expect((await requestJson(databaseUrl(server), { headers: staff.headers })).status).toBe(403);
  });

  it("reports the pool and the slowest query shapes, slowest first", async () => {
    // A deliberately slow statement with a literal that must not survive into its shape.
    await server.services.db.prisma.$queryRawUnsafe("SELECT pg_sleep(0.05)::text AS slept, 'literal-value-93be' AS label");
    const res = await requestJson<DatabaseMetrics>(databaseUrl(server), { headers: admin.headers });
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.mode).toBe(server.services.db.mode);
    expect(body.pool.max).toBeGreaterThanOrEqual(1);
    expect(body.pool.active).toBe(Math.max(0, body.pool.total - body.pool.idle));
    expect(body.trackedShapes).toBeGreaterThanOrEqual(body.slowestQueries.length);
    expect(body.slowestQueries.length).toBeGreaterThan(0);
    expect(body.slowestQueries.length).toBeLessThanOrEqual(20);
    const maxima = body.slowestQueries.map((q) => q.maxMs);
    expect(maxima).toEqual([...maxima].sort((a, b) => b - a));
    const sleep = body.slowestQueries.find((q) => q.shape === "SELECT pg_sleep(?)::text AS slept, ? AS label");
    expect(sleep?.maxMs).toBeGreaterThanOrEqual(45);
    expect(sleep?.count).toBe(1);
  });

  it("groups repeated statements into one shape and never shows their parameters", async () => {
    for (const email of ["first-3a7d@example.test", "second-9c1e@example.test", "third-55f0@example.test"]) {
      await server.services.db.prisma.user.findUnique({ where: { email } });
    }
    // The bearer token's session lookup ran with the token hash and the admin's e-mail was inserted.
    await requestJson(databaseUrl(server), { headers: admin.headers });
    const res = await requestJson<DatabaseMetrics>(databaseUrl(server), { headers: admin.headers });
    const text = JSON.stringify(res.body);
    for (const value of ["first-3a7d", "second-9c1e", "third-55f0", "shape-probe-41c9", "literal-value-93be", admin.token]) {
      expect(text).not.toContain(value);
    }
    const byEmail = res.body.slowestQueries.filter((q) => /FROM "public"\."users" WHERE .*"email" = \?/.test(q.shape));
    expect(byEmail.map((q) => q.count)).toContain(3);
  });
});
