import { once } from "node:events";
import { Writable } from "node:stream";
import { buildConfig } from "@slotted/config";
import { postgresErrorCode } from "@slotted/db";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import type { AppServices } from "@slotted/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices } from "../../src/create-services.ts";
import { RequestAbandonedError, requestAbortSignal } from "../../src/http/request-timeout.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { unbuiltWebApps } from "../helpers/web-app-dir.ts";

// The server's own pool must carry the short statement timeout, so this file builds its server
// from the same settings (startTestServer's database uses the defaults).
const settings = {
  REQUEST_TIMEOUT_MS: "1500",
  DATABASE_STATEMENT_TIMEOUT_MS: "200",
  DATABASE_POOL_MAX: "2",
};

let services: AppServices;
let running: RunningServer;
let testDatabase: TestDatabase;

/** What the test route saw: it started, then (maybe) its request's signal aborted with a reason. */
interface Watch {
  started: Promise<void>;
  abandoned: Promise<unknown>;
}
const watches: { start: () => void; abandon: (reason: unknown) => void }[] = [];
function watchNextRequest(): Watch {
  let start: () => void = () => undefined;
  let abandon: (reason: unknown) => void = () => undefined;
  const started = new Promise<void>((resolve) => (start = resolve));
  const abandoned = new Promise<unknown>((resolve) => (abandon = resolve));
  watches.push({ start, abandon });
  return { started, abandoned };
}

beforeAll(async () => {
  const env = { DATABASE_URL: process.env.DATABASE_URL };
  const config = buildConfig({ LOG_LEVEL: "silent", RATE_LIMIT_ENABLED: "false", ...unbuiltWebApps, ...env, ...settings });
  const logger = createLogger({ level: "silent", destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });
  testDatabase = await createTestDatabase(env, settings);
  services = await createServices(config, logger, { database: testDatabase.database });
  running = await startServer(services, {
    port: 0,
    host: "127.0.0.1",
    // Test-only routes: a query slower than any statement timeout, and a handler that waits for
    // its request to be abandoned.
    extraRoutes: (app) => {
      app.get("/test/slow-query", async (_req, res) => {
        try {
          await services.db.prisma.$queryRaw`SELECT pg_sleep(30)`;
          res.json({ finished: true });
        } catch (error) {
          res.status(503).json({ sqlState: postgresErrorCode(error) ?? null });
        }
      });
      app.get("/test/until-abandoned", async (_req, res) => {
        const watch = watches.shift();
        const signal = requestAbortSignal(res);
        if (!watch || !signal) {
          res.status(500).json({ watched: Boolean(watch), signal: Boolean(signal) });
          return;
        }
        watch.start();
        if (!signal.aborted) await once(signal, "abort");
        watch.abandon(signal.reason);
        res.json({ late: true });
      });
    },
  });
});
afterAll(async () => {
  await running.shutdown();
  await testDatabase.dispose();
});

describe.runIf(Boolean(process.env.DATABASE_URL))("a slow query behind a request (PostgreSQL)", () => {
  it("is cancelled by PostgreSQL (57014) before the request times out, frees its connection, and the server keeps serving", async () => {
    // Twice the pool's size: half of them wait for a connection first.
    const answers = await Promise.all(Array.from({ length: 4 }, () => fetch(`${running.url}/test/slow-query`)));
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ sqlState: "57014" });
    }
    const pool = services.db.poolStats();
    expect(pool.waiting).toBe(0);
    expect(pool.idle).toBe(pool.total);
    const ready = await fetch(`${running.url}/api/v1/health/ready`);
    expect(ready.status).toBe(200);
    expect(services.db.poolStats().waiting).toBe(0);
  });
});

describe("the request's abort signal", () => {
  it("aborts when the request timeout has answered 504", async () => {
    const watch = watchNextRequest();
    const answer = await fetch(`${running.url}/test/until-abandoned`);
    expect(answer.status).toBe(504);
    const reason = await watch.abandoned;
    expect(reason).toBeInstanceOf(RequestAbandonedError);
    expect((reason as RequestAbandonedError).reason).toBe("timeout");
  });

  it("aborts when the client disconnects before the answer", async () => {
    const watch = watchNextRequest();
    const client = new AbortController();
    const answer = fetch(`${running.url}/test/until-abandoned`, { signal: client.signal }).catch((error: unknown) => error);
    await watch.started;
    client.abort();
    expect(await answer).toBeInstanceOf(Error);
    const reason = await watch.abandoned;
    expect((reason as RequestAbandonedError).reason).toBe("client-gone");
  });
});
