import { once } from "node:events";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClientOptions } from "./redis-options.ts";
import { createRateLimiter, type RateLimiter } from "./resilient-limiter.ts";
import {
  captureLogger,
  privateRedis,
  sleep,
  type PrivateRedis,
} from "./test-support.ts";
import type { DecisionStore, LimiterState, LimitSubject } from "./types.ts";

const WARN = 40;
const INFO = 30;

const subjectsFor = (key: string, limit = 5): LimitSubject[] => [
  { key, rules: [{ limit, windowMs: 60_000 }] },
];

async function waitFor(
  condition: () => boolean,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(20);
  }
}

/** Runs `calls` decisions one after another; returns how many were allowed and by which store. */
async function run(
  limiter: RateLimiter,
  subjects: LimitSubject[],
  calls: number,
): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < calls; i++)
    if ((await limiter.consume(subjects)).allowed) allowed++;
  return allowed;
}

describe("without Redis", () => {
  it("limits in process and says so", async () => {
    const { logger, lines } = captureLogger();
    const stores: DecisionStore[] = [];
    const limiter = createRateLimiter({
      logger,
      onDecision: (_outcome, store) => stores.push(store),
    });
    expect(limiter.state()).toBe("memory");
    expect(await run(limiter, subjectsFor("rl:test:no-redis"), 8)).toBe(5);
    expect(new Set(stores)).toEqual(new Set(["memory"]));
    expect(lines()).toEqual([]);
    limiter.close();
  });

  it("slides with the injected clock", async () => {
    let time = 0;
    const limiter = createRateLimiter({
      logger: captureLogger().logger,
      now: () => time,
    });
    const subjects = subjectsFor("rl:test:clock", 1);
    expect((await limiter.consume(subjects)).allowed).toBe(true);
    expect((await limiter.consume(subjects)).allowed).toBe(false);
    time += 60_000;
    expect((await limiter.consume(subjects)).allowed).toBe(true);
  });

  it("survives hooks that throw and rejects malformed input", async () => {
    const { logger } = captureLogger();
    const limiter = createRateLimiter({
      logger,
      onDecision: () => {
        throw new Error("metrics down");
      },
    });
    expect((await limiter.consume(subjectsFor("rl:test:hook"))).allowed).toBe(
      true,
    );
    await expect(
      limiter.consume(subjectsFor("rl:test:hook"), -1),
    ).rejects.toThrow(RangeError);
  });
});

describe("with Redis that goes away and comes back", () => {
  let server: PrivateRedis;
  let client: Redis;
  let admin: Redis;

  beforeAll(async () => {
    server = await privateRedis();
    client = new Redis(server.port, "127.0.0.1", createRedisClientOptions());
    client.on("error", () => undefined); // connection errors are expected here
    await once(client, "ready");
    admin = new Redis(server.port, "127.0.0.1", {
      maxRetriesPerRequest: 0,
      retryStrategy: () => 50,
    });
    admin.on("error", () => undefined);
  });

  afterAll(async () => {
    client.disconnect();
    admin.disconnect();
    await server.kill();
  });

  it("falls back to memory on a crash, warns once, and returns to Redis", async () => {
    const { logger, lines } = captureLogger();
    const states: LimiterState[] = [];
    const stores: DecisionStore[] = [];
    const limiter = createRateLimiter({
      redis: client,
      logger,
      recoveryProbeMs: 100,
      onStateChange: (state) => states.push(state),
      onDecision: (_outcome, store) => stores.push(store),
    });
    const subjects = subjectsFor("rl:test:crash");

    expect(limiter.state()).toBe("redis");
    expect(await run(limiter, subjects, 3)).toBe(3);
    expect(stores).toEqual(["redis", "redis", "redis"]);
    expect(await admin.zcard("rl:test:crash")).toBe(3);

    await server.kill();
    stores.length = 0;
    // Still limiting, now per process: memory has not seen the 3 Redis hits.
    expect(await run(limiter, subjects, 10)).toBe(5);
    expect(limiter.state()).toBe("fallback");
    expect(stores).toEqual(Array.from({ length: 10 }, () => "memory"));
    expect(lines().filter((line) => line.level === WARN)).toHaveLength(1);

    await server.start(); // same port, empty data
    await waitFor(() => limiter.state() === "redis");
    stores.length = 0;
    expect((await limiter.consume(subjects)).allowed).toBe(true);
    expect(stores).toEqual(["redis"]);
    expect(await admin.zcard("rl:test:crash")).toBe(1);

    expect(states).toEqual(["fallback", "redis"]);
    const logged = lines().map((line) => ({
      level: line.level,
      msg: line.msg,
    }));
    expect(logged.filter((line) => line.level === WARN)).toHaveLength(1);
    expect(logged.filter((line) => line.level === INFO)).toHaveLength(1);
    expect(logged).toHaveLength(2);
    limiter.close();
  });

  it("falls back within the command timeout when Redis hangs, without slowing requests", async () => {
    await waitFor(() => client.status === "ready");
    const { logger, lines } = captureLogger();
    const limiter = createRateLimiter({
      redis: client,
      logger,
      recoveryProbeMs: 100,
    });
    const subjects = subjectsFor("rl:test:hang", 100);
    expect((await limiter.consume(subjects)).allowed).toBe(true);

    server.signal("SIGSTOP");
    try {
      const started = Date.now();
      expect((await limiter.consume(subjects)).allowed).toBe(true); // times out after 50 ms, then memory
      expect(limiter.state()).toBe("fallback");
      // Further requests go straight to memory; probes run beside them.
      const fallbackStarted = Date.now();
      expect(await run(limiter, subjects, 50)).toBe(50);
      expect(Date.now() - fallbackStarted).toBeLessThan(1000); // 50 calls x 50 ms timeout would be 2.5 s
      expect(fallbackStarted - started).toBeLessThan(1000);
    } finally {
      server.signal("SIGCONT");
    }

    await waitFor(() => limiter.state() === "redis");
    expect(lines().map((line) => line.level)).toEqual([WARN, INFO]);
    limiter.close();
  });

  it("stops probing on close", async () => {
    await waitFor(() => client.status === "ready");
    const limiter = createRateLimiter({
      redis: client,
      logger: captureLogger().logger,
      recoveryProbeMs: 50,
    });
    server.signal("SIGSTOP");
    try {
      await limiter.consume(subjectsFor("rl:test:close"));
      expect(limiter.state()).toBe("fallback");
      limiter.close();
    } finally {
      server.signal("SIGCONT");
    }
    await sleep(300);
    expect(limiter.state()).toBe("fallback");
  });
});
