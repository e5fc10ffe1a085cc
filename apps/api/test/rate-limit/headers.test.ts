// Headers and Retry-After at the boundary, the sliding window (in-process store with an injected
// clock), both windows, batches counting per call, liveness never limited, and the off switch.
import { createRateLimitService, type RateLimitService } from "@slotted/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { burst, call, clientAddress, from, header, patientRedis, tally, type Reply } from "./traffic.ts";

const env = {
  ...patientRedis,
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_DEFAULT_PER_MINUTE: "50",
  RATE_LIMIT_DEFAULT_PER_HOUR: "80",
  TRUST_PROXY: "true",
};
const policy = '"default-60s";q=50;w=60, "default-3600s";q=80;w=3600';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env });
});
afterAll(() => server.close());

const ready = (client: Record<string, string>) => call(`${server.url}/api/v1/health/ready`, { headers: client });

async function sequential(count: number, send: () => Promise<Reply>): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let i = 0; i < count; i++) replies.push(await send());
  return replies;
}

describe("headers at the boundary", () => {
  it("counts down to 0, then rejects with Retry-After pointing at the same moment as the reset", async () => {
    const client = from(clientAddress());
    const first = await ready(client);
    expect(first.status).toBe(200);
    expect(header(first, "x-ratelimit-limit")).toBe("50");
    expect(header(first, "x-ratelimit-remaining")).toBe("49");
    expect(header(first, "ratelimit-policy")).toBe(policy);
    expect(first.headers.get("retry-after")).toBeNull();

    const rest = await sequential(49, () => ready(client));
    const last = rest.at(-1);
    if (!last) throw new Error("no replies");
    expect(tally(rest)).toEqual({ 200: 49 });
    expect(header(last, "x-ratelimit-remaining")).toBe("0");
    const lastReset = Number(header(last, "x-ratelimit-reset"));
    expect(lastReset).toBeGreaterThanOrEqual(1);
    expect(lastReset).toBeLessThanOrEqual(60);
    expect(header(last, "ratelimit")).toBe(`"default-60s";r=0;t=${lastReset}`);
    expect(last.headers.get("retry-after")).toBeNull();

    const rejected = await ready(client);
    expect(rejected.status).toBe(429);
    const retryAfter = Number(header(rejected, "retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(header(rejected, "x-ratelimit-reset")).toBe(String(retryAfter));
    expect(header(rejected, "x-ratelimit-remaining")).toBe("0");
    expect(header(rejected, "ratelimit")).toBe(`"default-60s";r=0;t=${retryAfter}`);
    expect(rejected.body).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfter, requestId: header(rejected, "x-request-id") });
  });

  it("exposes the headers to browsers on other origins (CORS)", async () => {
    const reply = await call(`${server.url}/api/v1/health/ready`, {
      headers: { ...from(clientAddress()), origin: "http://localhost:5173" },
    });
    const exposed = (reply.headers.get("access-control-expose-headers") ?? "").toLowerCase();
    for (const name of ["retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "ratelimit", "ratelimit-policy"]) {
      expect(exposed.split(/,\s*/)).toContain(name);
    }
  });
});

describe("the sliding window (in-process store, injected clock)", () => {
  let clock = 1_000_000_000;
  let original: RateLimitService;
  beforeAll(() => {
    original = server.services.rateLimiter;
    server.services.rateLimiter = createRateLimitService({ redis: null, logger: server.services.logger, now: () => clock });
  });
  afterAll(() => {
    server.services.rateLimiter.close();
    server.services.rateLimiter = original;
  });

  it("frees places as old hits age out, not all at once at a window boundary", async () => {
    const client = from(clientAddress());
    const start = clock;
    const at = (seconds: number) => {
      clock = start + seconds * 1000;
    };

    at(0);
    expect(tally(await sequential(20, () => ready(client)))).toEqual({ 200: 20 });
    at(30);
    const second = await sequential(30, () => ready(client));
    expect(tally(second)).toEqual({ 200: 30 });
    expect(header(second[29], "x-ratelimit-reset")).toBe("30"); // the t=0 hits leave at t=60

    const full = await ready(client);
    expect(full.status).toBe(429);
    expect(header(full, "retry-after")).toBe("30");

    at(45);
    expect(header(await ready(client), "retry-after")).toBe("15");

    at(60); // the 20 hits of t=0 expire; the 30 of t=30 still count
    const later = await sequential(21, () => ready(client));
    expect(tally(later)).toEqual({ 200: 20, 429: 1 });
    expect(header(later[20], "retry-after")).toBe("30");
  });

  it("applies the hour window too, and names it when it binds", async () => {
    const client = from(clientAddress());
    const start = clock;
    expect(tally(await sequential(50, () => ready(client)))).toEqual({ 200: 50 });
    clock = start + 120_000; // the minute window is empty again; the hour holds 50 of 80
    const replies = await sequential(31, () => ready(client));
    expect(tally(replies)).toEqual({ 200: 30, 429: 1 });
    const rejected = replies[30];
    expect(header(rejected, "x-ratelimit-limit")).toBe("80");
    expect(header(rejected, "retry-after")).toBe(String(3600 - 120));
    expect(header(rejected, "ratelimit")).toBe(`"default-3600s";r=0;t=${3600 - 120}`);
  });
});

describe("tRPC batches", () => {
  const batchUrl = (calls: number) =>
    `${server.url}/trpc/${Array.from({ length: calls }, () => "health.ready").join(",")}?batch=1&input=${encodeURIComponent("{}")}`;

  it("counts a batch of 20 calls as 20 requests", async () => {
    const client = from(clientAddress());
    const batch = await call(batchUrl(20), { headers: client });
    expect(batch.status).toBe(200);
    expect(batch.body).toHaveLength(20);
    // The strictest of the 20 decisions sets the headers, whatever order they finished in.
    expect(header(batch, "x-ratelimit-remaining")).toBe("30");
    const next = await ready(client);
    expect(header(next, "x-ratelimit-remaining")).toBe("29");
  });

  it("rejects the calls beyond the limit inside a batch, and the rejection sets the headers", async () => {
    const client = from(clientAddress());
    expect(tally(await burst(40, () => ready(client)))).toEqual({ 200: 40 });
    const batch = await call(batchUrl(20), { headers: client });
    const items = batch.body as { result?: unknown; error?: { json: { data: { code: string } } } }[];
    expect(items.filter((item) => item.result).length).toBe(10);
    expect(items.filter((item) => item.error?.json.data.code === "TOO_MANY_REQUESTS").length).toBe(10);
    expect(header(batch, "x-ratelimit-remaining")).toBe("0");
    expect(Number(header(batch, "retry-after"))).toBeGreaterThanOrEqual(1);
  });
});

describe("exemptions and the off switch", () => {
  it("never limits health.live, even for a client over its limit", async () => {
    const client = from(clientAddress());
    await burst(55, () => ready(client));
    expect((await ready(client)).status).toBe(429);
    const live = await burst(60, () => call(`${server.url}/api/v1/health/live`, { headers: client }));
    expect(tally(live)).toEqual({ 200: 60 });
    expect(live[0]?.headers.get("x-ratelimit-limit")).toBeNull();
    expect((await call(`${server.url}/trpc/health.live`, { headers: client })).status).toBe(200);
  });

  it("RATE_LIMIT_ENABLED=false limits nothing and sends no rate-limit headers", async () => {
    const off = await startTestServer({ env: { ...env, RATE_LIMIT_ENABLED: "false" } });
    try {
      const replies = await burst(60, () => call(`${off.url}/api/v1/health/ready`));
      expect(tally(replies)).toEqual({ 200: 60 });
      expect(replies[0]?.headers.get("x-ratelimit-limit")).toBeNull();
    } finally {
      await off.close();
    }
  });
});
