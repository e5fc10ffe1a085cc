import type { Express } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("slow-request warning (SLOW_REQUEST_MS=1)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { SLOW_REQUEST_MS: "1" },
      app: {
        extraRoutes: (app: Express) => {
          app.get("/test/slow", (_req, res) => {
            res.locals.route = "/test/slow";
            setTimeout(() => res.json({ ok: true }), 20);
          });
        },
      },
    });
  });
  afterAll(() => server.close());

  const slowLines = (requestId: string) => server.logs.filter((l) => l.requestId === requestId && l.msg === "slow request");

  it("logs one warning with the procedure, route, duration and request ID", async () => {
    const admin = await createAccount(server, { role: "ADMIN" });
    await fetch(`${server.url}/api/v1/health/detailed`, { headers: { ...admin.headers, "X-Request-ID": "slow-rest-1" } });
    await settle();
    const lines = slowLines("slow-rest-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", procedure: "health.detailed", route: "/api/v1/health/detailed", method: "GET", status: 200, thresholdMs: 1 });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(Number(lines[0]?.durationMs)).toBeGreaterThanOrEqual(1);
  });

  it("names every procedure of a tRPC batch, and only known ones", async () => {
    await fetch(`${server.url}/trpc/health.ready,health.live?batch=1&input=${encodeURIComponent("{}")}`, { headers: { "X-Request-ID": "slow-batch-1" } });
    await settle();
    const [line] = slowLines("slow-batch-1");
    expect(line).toMatchObject({ procedure: "health.ready,health.live", route: "/trpc/batch" });
  });

  it("logs requests outside tRPC by route alone", async () => {
    await fetch(`${server.url}/test/slow`, { headers: { "X-Request-ID": "slow-route-1" } });
    await settle();
    const lines = slowLines("slow-route-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ route: "/test/slow", status: 200 });
    expect(lines[0]).not.toHaveProperty("procedure");
    expect(Number(lines[0]?.durationMs)).toBeGreaterThanOrEqual(20);
  });
});

describe("slow-request warning (default 500 ms)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      app: {
        extraRoutes: (app: Express) => {
          app.get("/test/very-slow", (_req, res) => {
            res.locals.route = "/test/very-slow";
            setTimeout(() => res.json({ ok: true }), 600);
          });
        },
      },
    });
  });
  afterAll(() => server.close());

  it("uses SLOW_REQUEST_MS=500 when unset, and logs a request slower than that", async () => {
    expect(server.config.observability.slowRequestMs).toBe(500);
    await fetch(`${server.url}/test/very-slow`, { headers: { "X-Request-ID": "very-slow-1" } });
    await settle();
    const lines = server.logs.filter((l) => l.requestId === "very-slow-1" && l.msg === "slow request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", thresholdMs: 500 });
  });
});
