import { createServer, type AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { buildConfig } from "@slotted/config";
import { createDatabase } from "@slotted/db";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy } from "../helpers/tcp-proxy.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";

interface ReadyBody {
  status: string;
  checks: { database: { status: string; latencyMs: number; error?: string }; cache: { status: string } };
}

async function ready(url: string) {
  const res = await fetch(`${url}/api/v1/health/ready`);
  return { status: res.status, body: (await res.json()) as ReadyBody };
}

describe("health", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("live answers without touching dependencies", async () => {
    const res = await fetch(`${server.url}/api/v1/health/live`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; uptimeSeconds: number };
    expect(body.status).toBe("ok");
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("ready reports each dependency with its latency", async () => {
    const { status, body } = await ready(server.url);
    expect(status).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.checks.database.status).toBe("up");
    expect(body.checks.cache.status).toBe("up");
    expect(body.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
  });
});

// PostgreSQL mode: the database really goes away (a relay we cut) and comes back.
describe.runIf(Boolean(process.env.DATABASE_URL))("readiness when PostgreSQL is unreachable", () => {
  let server: TestServer;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  beforeAll(async () => {
    server = await startTestServer();
    const target = new URL(server.testDatabase.url ?? "");
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.hostname = "127.0.0.1";
    target.port = String(proxy.port);
    const config = buildConfig({ DATABASE_URL: target.toString(), DATABASE_POOL_CONNECTION_TIMEOUT_MS: "500" });
    const viaProxy = await createDatabase(config.database, { logger: createLogger({ level: "silent" }) });
    await server.services.db.close();
    server.services.db = viaProxy;
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  it("answers 503 not_ready while the database is down and 200 once it returns", async () => {
    expect((await ready(server.url)).status).toBe(200);
    proxy.cut();
    const down = await ready(server.url);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe("not_ready");
    expect(down.body.checks.database.status).toBe("down");
    // The reason, in the driver's words, never an empty string.
    expect(down.body.checks.database.error).toMatch(/\w{4,}/);
    proxy.restore();
    let back = await ready(server.url);
    for (let attempt = 0; attempt < 20 && back.status !== 200; attempt++) {
      await sleep(250);
      back = await ready(server.url);
    }
    expect(back.status).toBe(200);
  });
});

// PostgreSQL mode: nothing listens where the database should be; the reason names the refusal, never the credentials.
describe.runIf(Boolean(process.env.DATABASE_URL))("readiness when PostgreSQL refuses connections", () => {
  const plantedPassword = "planted-db-password-7c1e";
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const vacant = createServer();
    await new Promise<void>((resolve) => vacant.listen(0, "127.0.0.1", resolve));
    const { port } = vacant.address() as AddressInfo;
    await new Promise<void>((resolve) => vacant.close(() => resolve()));
    const config = buildConfig({
      DATABASE_URL: `postgresql://postgres:${plantedPassword}@127.0.0.1:${port}/test`,
      DATABASE_POOL_CONNECTION_TIMEOUT_MS: "500",
    });
    const unreachable = await createDatabase(config.database, { logger: createLogger({ level: "silent" }) });
    await server.services.db.close();
    server.services.db = unreachable;
  });
  afterAll(() => server.close());

  it("says the connection was refused, and where, without the connection string", async () => {
    const down = await ready(server.url);
    expect(down.status).toBe(503);
    expect(down.body.checks.database.error).toMatch(/(ECONNREFUSED|can't reach database server at) 127\.0\.0\.1:\d+/i);
    expect(JSON.stringify(down.body)).not.toMatch(new RegExp(`${plantedPassword}|postgres(ql)?://`));
  });
});

// Embedded mode: PGlite has one connection; a transaction holding it makes the database unresponsive.
describe.runIf(!process.env.DATABASE_URL)("readiness when embedded PGlite is unresponsive", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("answers 503 after the 2 s check timeout while the database is busy, and 200 after", async () => {
    // An interactive transaction holds PGlite's only connection without blocking the event loop
    // (a pg_sleep would block the whole process, since PGlite runs in this thread).
    const busy = server.services.db.prisma.$transaction(() => new Promise((resolve) => setTimeout(resolve, 3_000)), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const down = await ready(server.url);
    expect(down.status).toBe(503);
    expect(down.body.checks.database.error).toMatch(/no answer within 2000 ms/);
    await busy;
    expect((await ready(server.url)).status).toBe(200);
  });
});
