// Exactly `limit` calls pass however many arrive at once, through either adapter and across
// server processes sharing Redis (real Redis when REDIS_URL is set, the in-process store otherwise).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { startApiProcess, type RunningApi } from "../helpers/api-process.ts";
import { burst, call, clientAddress, from, header, patientRedis, tally, type Reply } from "./traffic.ts";

const limits = { ...patientRedis, RATE_LIMIT_ENABLED: "true", RATE_LIMIT_DEFAULT_PER_MINUTE: "50", TRUST_PROXY: "true" };

interface RestError {
  code: string;
  message: string;
  requestId: string;
  retryAfter: number;
}
interface TrpcError {
  error: { json: { data: RestError } };
}

function expectRestRejection(reply: Reply): void {
  const body = reply.body as RestError;
  expect(body.code).toBe("TOO_MANY_REQUESTS");
  expect(body.requestId).toBe(header(reply, "x-request-id"));
  expect(body.retryAfter).toBe(Number(header(reply, "retry-after")));
  expect(body.retryAfter).toBeGreaterThanOrEqual(1);
  expect(body.retryAfter).toBeLessThanOrEqual(60);
}

describe("exactness under concurrency", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: limits });
  });
  afterAll(() => server.close());

  it("REST: 200 concurrent requests against a limit of 50 → exactly 50 pass, 150 get 429", async () => {
    const client = from(clientAddress());
    const replies = await burst(200, () => call(`${server.url}/api/v1/health/ready`, { headers: client }));
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
    for (const reply of replies.filter((r) => r.status === 429)) expectRestRejection(reply);
    // Every allowed answer saw a different count: no two calls were decided on the same state.
    const remaining = replies.filter((r) => r.status === 200).map((r) => Number(header(r, "x-ratelimit-remaining")));
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("tRPC: 200 concurrent calls against a limit of 50 → exactly 50 pass, 150 get 429", async () => {
    const client = from(clientAddress());
    const replies = await burst(200, () => call(`${server.url}/trpc/health.ready`, { headers: client }));
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
    const rejected = replies.find((r) => r.status === 429);
    const data = (rejected?.body as TrpcError).error.json.data;
    expect(data.code).toBe("TOO_MANY_REQUESTS");
    expect(data.retryAfter).toBe(Number(rejected && header(rejected, "retry-after")));
    expect(data.requestId).toBe(rejected && header(rejected, "x-request-id"));
  });

  it("one budget for both adapters: 100 REST + 100 tRPC at once → 50 pass in total", async () => {
    const client = from(clientAddress());
    const replies = await burst(200, (i) =>
      call(i % 2 === 0 ? `${server.url}/api/v1/health/ready` : `${server.url}/trpc/health.ready`, { headers: client }),
    );
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
  });

  it("counts each client separately", async () => {
    const first = from(clientAddress());
    const second = from(clientAddress());
    await burst(60, () => call(`${server.url}/api/v1/health/ready`, { headers: first }));
    const other = await call(`${server.url}/api/v1/health/ready`, { headers: second });
    expect(other.status).toBe(200);
    expect(header(other, "x-ratelimit-remaining")).toBe("49");
  });
});

// Two OS processes, one Redis: the limit is global, not per process.
describe.runIf(Boolean(process.env.REDIS_URL))("exactness across two server processes sharing Redis", () => {
  let server: TestServer;
  let second: RunningApi;
  const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-rate-limit-"));
  beforeAll(async () => {
    server = await startTestServer({ env: limits });
    const keyPrefix = server.services.redis?.options.keyPrefix;
    if (!keyPrefix || !process.env.REDIS_URL) throw new Error("the first server has no Redis key prefix");
    second = await startApiProcess({
      ...limits,
      REDIS_URL: process.env.REDIS_URL,
      REDIS_KEY_PREFIX: keyPrefix,
      ...(server.testDatabase.url ? { DATABASE_URL: server.testDatabase.url } : { PGLITE_DATA_DIR: path.join(dataDir, "pglite") }),
      LOG_LEVEL: "info", // the "listening" line carries its URL
    });
  });
  afterAll(async () => {
    await second.stop();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("200 concurrent requests split over both processes → exactly 50 pass, 150 get 429", async () => {
    const client = from(clientAddress());
    const replies = await burst(200, (i) =>
      call(i % 2 === 0 ? `${server.url}/api/v1/health/ready` : `${second.url}/trpc/health.ready`, { headers: client }),
    );
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
    // Per-process counting would let each process pass 50 (100 in total); shared counting
    // leaves each process rejecting at least half of its 100.
    const rejectedBy = (parity: number) => replies.filter((reply, i) => i % 2 === parity && reply.status === 429).length;
    expect(rejectedBy(0)).toBeGreaterThanOrEqual(50);
    expect(rejectedBy(1)).toBeGreaterThanOrEqual(50);
  });
});
