// Redis stops mid-run (a private redis-server we kill): no 5xx, limits keep holding in process,
// readiness shows the cache degraded, one log line per state change, and limiting returns to
// Redis once it is back.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { startPrivateRedis, type PrivateRedis } from "./private-redis.ts";
import { call, clientAddress, from, header, patientRedis, tally, type Reply } from "./traffic.ts";

interface ReadyBody {
  status: string;
  checks: { cache: { status: string; error?: string } };
}

let redis: PrivateRedis;
let server: TestServer;
beforeAll(async () => {
  redis = await startPrivateRedis();
  server = await startTestServer({
    env: { ...patientRedis, REDIS_URL: redis.url, RATE_LIMIT_ENABLED: "true", RATE_LIMIT_DEFAULT_PER_MINUTE: "5", TRUST_PROXY: "true" },
  });
});
afterAll(async () => {
  await server.close().catch(() => undefined); // its cleanup may meet a stopped Redis
  await redis.kill();
});

const limiterWarnings = () => server.logs.filter((line) => line.msg?.startsWith("rate limiter: Redis unavailable"));
const limiterRecoveries = () => server.logs.filter((line) => line.msg?.startsWith("rate limiter: Redis answers again"));

// Each probe comes from a new address so readiness checks never spend the tested client's budget.
const readiness = async () => {
  const reply = await call(`${server.url}/api/v1/health/ready`, { headers: from(clientAddress()) });
  return { status: reply.status, body: reply.body as ReadyBody };
};

async function sequential(count: number, send: () => Promise<Reply>): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (let i = 0; i < count; i++) replies.push(await send());
  return replies;
}

describe("Redis outage", () => {
  it("falls back to in-process limiting, degrades readiness, and returns to Redis after a restart", async () => {
    const client = from(clientAddress());
    const ready = () => call(`${server.url}/api/v1/health/ready`, { headers: client });

    // 1. Through Redis: the counter lives there.
    expect(tally(await sequential(2, ready))).toEqual({ 200: 2 });
    expect((await redis.keys("*rl:{default:ip:*")).length).toBeGreaterThan(0);
    const firstCheck = await readiness();
    expect(firstCheck.body.checks.cache.status).toBe("up");

    // 2. Redis dies. No 5xx, and the limit still holds (in process, counting afresh).
    await redis.kill();
    const during = await sequential(8, ready);
    expect(during.filter((reply) => reply.status >= 500)).toEqual([]);
    expect(during.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(header(during[5], "retry-after")).toMatch(/^\d+$/);
    expect(server.services.rateLimiter.state()).toBe("fallback");

    const degraded = await readiness();
    expect(degraded.status).toBe(200);
    expect(degraded.body.status).toBe("ready");
    expect(degraded.body.checks.cache.status).toBe("degraded");

    // One warning for the state change, not one per request.
    expect(limiterWarnings()).toHaveLength(1);

    // 3. Redis comes back (empty: no persistence). The limiter probes and switches back.
    await redis.start();
    let cache = "degraded";
    for (let i = 0; i < 100 && cache !== "up"; i++) {
      await sleep(100);
      cache = (await readiness()).body.checks.cache.status;
    }
    expect(cache).toBe("up");
    expect(server.services.rateLimiter.state()).toBe("redis");

    // The in-process count says 5 (blocked); Redis, fresh, says 0: an allowed call with 4 left
    // proves Redis decides again.
    const back = await ready();
    expect(back.status).toBe(200);
    expect(header(back, "x-ratelimit-remaining")).toBe("4");
    expect((await redis.keys("*rl:{default:ip:*")).length).toBeGreaterThan(0);

    expect(limiterWarnings()).toHaveLength(1);
    expect(limiterRecoveries()).toHaveLength(1);
  });
});
