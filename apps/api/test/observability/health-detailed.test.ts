import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface Check {
  status: string;
  latencyMs: number;
  error?: string;
}

interface Detailed {
  status: string;
  database: Check & { mode: string; serverVersion: string | null; pool: { total: number; idle: number; waiting: number; max: number } };
  cache: Check & { mode: string; usedMemoryBytes: number | null };
  rateLimiter: { state: string };
  process: {
    uptimeSeconds: number;
    rssBytes: number;
    heapUsedBytes: number;
    eventLoop: { delayP50Ms: number | null; delayP99Ms: number | null; utilization: number };
  };
  system: { loadAverage: number[]; freeMemoryBytes: number; totalMemoryBytes: number };
  build: { version: string; gitCommit: string | null };
  config: { environment: string; database: string; cache: string; features: Record<string, boolean> };
}

const detailedUrl = (server: TestServer) => `${server.url}/api/v1/health/detailed`;

describe("health.detailed", () => {
  let server: TestServer;
  let admin: TestAccount;
  beforeAll(async () => {
    server = await startTestServer({ env: { APP_VERSION: "7.7.7-test", GIT_COMMIT: "0123456789abcdef0123456789abcdef01234567" } });
    admin = await createAccount(server, { role: "ADMIN" });
  });
  afterAll(() => server.close());

  it("is for ADMIN only", async () => {
    expect((await requestJson(detailedUrl(server))).status).toBe(401);
    for (const role of ["CUSTOMER", "STAFF"] as const) {
      const account = await createAccount(server, { role });
      const res = await requestJson<{ code: string }>(detailedUrl(server), { headers: account.headers });
      expect(res.status, role).toBe(403);
      expect(res.body.code).toBe("FORBIDDEN");
    }
  });

  it("reports database, cache, process, system, build and config", async () => {
    const res = await requestJson<Detailed>(detailedUrl(server), { headers: admin.headers });
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ status: "up", mode: server.services.db.mode });
    expect(body.database.serverVersion).toMatch(/^\d+(\.\d+)*/);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.database.pool.max).toBeGreaterThanOrEqual(1);
    expect(body.database.pool.total).toBeGreaterThanOrEqual(body.database.pool.idle);
    expect(body.cache).toMatchObject({ status: "up", mode: server.services.kv.mode });
    expect(body.cache.usedMemoryBytes).toBeGreaterThanOrEqual(0);
    expect(body.process.rssBytes).toBeGreaterThan(0);
    expect(body.process.heapUsedBytes).toBeGreaterThan(0);
    expect(body.process.eventLoop.utilization).toBeGreaterThanOrEqual(0);
    expect(body.process.eventLoop.utilization).toBeLessThanOrEqual(1);
    expect(body.system.loadAverage).toHaveLength(3);
    expect(body.system.totalMemoryBytes).toBeGreaterThan(body.system.freeMemoryBytes);
    expect(body.build).toMatchObject({ version: "7.7.7-test", gitCommit: "0123456789abcdef0123456789abcdef01234567" });
    expect(body.config.features).toMatchObject({ rateLimiting: false, metricsTokenRequired: false });
  });

  it("is documented in OpenAPI with the observability procedures, all behind bearer auth", async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, { get?: { security?: unknown[]; tags?: string[] } }>;
    };
    for (const path of ["/health/detailed", "/admin/metrics/summary", "/admin/metrics/database"]) {
      expect(doc.paths[path]?.get?.security, path).toEqual([{ bearerAuth: [] }]);
    }
    expect(doc.paths["/admin/metrics/summary"]?.get?.tags).toEqual(["metrics"]);
  });

  it("answers over tRPC too, and rejects input it does not take with 400", async () => {
    const bad = await fetch(`${server.url}/trpc/health.detailed?input=${encodeURIComponent(JSON.stringify({ json: { verbose: true } }))}`, {
      headers: admin.headers,
    });
    expect(bad.status).toBe(400);

    const res = await fetch(`${server.url}/trpc/health.detailed`, { headers: admin.headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: Detailed } } };
    expect(body.result.data.json.database.status).toBe("up");
  });
});

describe("health.detailed never shows a secret", () => {
  const secrets = {
    database: "db-pass-7f3a91c2",
    redis: "redis-pass-5c2e88b1",
    metrics: "metrics-token-9d4b17aa42",
    admin: "admin-pass-3e8c55d0",
    adminEmail: "root-admin-6b1f@example.test",
  };
  let server: TestServer;
  let admin: TestAccount;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        // The test database is opened separately; this URL only has to be in the config.
        DATABASE_URL: `postgresql://slotted:${secrets.database}@db.internal.example:5432/slotted`,
        // Nothing listens on port 1: the cache check fails, which must not fail the answer.
        REDIS_URL: `redis://default:${secrets.redis}@127.0.0.1:1/0`,
        METRICS_TOKEN: secrets.metrics,
        ADMIN_EMAIL: secrets.adminEmail,
        ADMIN_PASSWORD: secrets.admin,
      },
    });
    admin = await createAccount(server, { role: "ADMIN" });
  });
  afterAll(async () => {
    // The planted Redis never connected, so it holds no test keys to clean up.
    server.services.redis = null;
    await server.close();
  });

  it("reports the failing cache with its error and still answers 200", async () => {
    const res = await requestJson<Detailed>(detailedUrl(server), { headers: admin.headers });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("degraded");
    expect(res.body.database.status).toBe("up");
    expect(res.body.cache).toMatchObject({ status: "degraded", mode: "redis" });
    expect(res.body.cache.error).toBeTruthy();
    expect(res.body.config).toMatchObject({ database: "postgres", cache: "redis" });
    expect(res.body.config.features).toMatchObject({ metricsTokenRequired: true, bootstrapAdmin: true });
  });

  it("contains no password, token, URL credential or admin e-mail, nor do the other observability answers", async () => {
    const bodies = [
      await (await fetch(detailedUrl(server), { headers: admin.headers })).text(),
      await (await fetch(`${server.url}/trpc/health.detailed`, { headers: admin.headers })).text(),
      await (await fetch(`${server.url}/api/v1/admin/metrics/summary`, { headers: admin.headers })).text(),
      await (await fetch(`${server.url}/api/v1/admin/metrics/database`, { headers: admin.headers })).text(),
      await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${secrets.metrics}` } })).text(),
    ];
    expect(bodies[0]).toContain('"cache"');
    for (const body of bodies) {
      for (const secret of Object.values(secrets)) expect(body).not.toContain(secret);
      expect(body).not.toMatch(/(postgres(ql)?|rediss?):\/\/[^/\s"]*@/);
    }
    for (const secret of [secrets.database, secrets.redis, secrets.metrics, secrets.admin]) {
      expect(server.logText()).not.toContain(secret);
    }
  });
});
