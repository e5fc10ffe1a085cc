import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisClientOptions } from "./redis-options.ts";
import {
  createRateLimiter,
  TIMEOUTS_BEFORE_FALLBACK,
  type RateLimiter,
} from "./resilient-limiter.ts";
import {
  captureLogger,
  privateRedis,
  sharedRedisUrl,
  sleep,
  uniquePrefix,
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

/** Busy-waits: the event loop runs nothing else, like a saturated process. */
function blockEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe("with Redis that answers while the event loop is blocked", () => {
  const prefix = uniquePrefix("resilient-limiter");
  const client = new Redis(
    sharedRedisUrl(),
    createRedisClientOptions({ keyPrefix: prefix }),
  );

  afterAll(async () => {
    const keys = await client.keys(`${prefix}*`);
    // keys() returns full names; del() would prefix them again.
    const names = keys.map((key) => key.slice(prefix.length));
    if (names.length > 0) await client.del(...names);
    client.disconnect();
  });

  it("stays on Redis when late timers time commands out, and still counts exactly", async () => {
    await waitFor(() => client.status === "ready");
    expect(client.options.commandTimeout).toBe(50);
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
    // Loads the script on this connection, so the burst below is plain EVALSHAs.
    expect(
      (await limiter.consume(subjectsFor("rl:test:warm-up"))).allowed,
    ).toBe(true);
    stores.length = 0;

    const subjects = subjectsFor("rl:test:blocked-loop", 5);
    let allowed = 0;
    // As many slow ticks in a row as on-time timeouts that would mean "down", each with far
    // more timeouts in flight than that.
    for (let round = 0; round < TIMEOUTS_BEFORE_FALLBACK; round++) {
      // Start from the check phase: the loop's next stop is then the timers phase, so the
      // overdue 50 ms timers run before the poll phase can read a reply. (Started from a timer
      // callback, the replies win and Redis decides: correct, but not the case under test.)
      await new Promise((resolve) => setImmediate(resolve));
      // The commands are written at once and Redis runs them while this process spins.
      const burst = Array.from({ length: 20 }, () => limiter.consume(subjects));
      blockEventLoop(150); // 3x the command timeout
      for (const decision of await Promise.all(burst))
        if (decision.allowed) allowed++;
      expect(limiter.state()).toBe("redis");
    }

    // Every burst decision timed out and was answered in process, one by one...
    expect(stores).toEqual(
      Array.from({ length: 20 * TIMEOUTS_BEFORE_FALLBACK }, () => "memory"),
    );
    // ...yet exactly the limit was allowed, and Redis, which ran every script, agrees.
    expect(allowed).toBe(5);
    expect(await client.zcard("rl:test:blocked-loop")).toBe(5);
    // The next decision is Redis' own: full.
    stores.length = 0;
    expect((await limiter.consume(subjects)).allowed).toBe(false);
    expect(stores).toEqual(["redis"]);

    expect(states).toEqual([]);
    expect(lines()).toEqual([]);
    limiter.close();
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
    // A lost connection is a real failure: fallback at the first decision that meets it.
    expect((await limiter.consume(subjects)).allowed).toBe(true);
    expect(limiter.state()).toBe("fallback");
    // Still limiting, now per process: memory has not seen the 3 Redis hits.
    expect(await run(limiter, subjects, 9)).toBe(4);
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

  it("falls back after TIMEOUTS_BEFORE_FALLBACK on-time timeouts when Redis hangs", async () => {
    await waitFor(() => client.status === "ready");
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
    const subjects = subjectsFor("rl:test:hang", 100);
    expect((await limiter.consume(subjects)).allowed).toBe(true);

    let timedOut = 0;
    server.signal("SIGSTOP");
    try {
      // Each decision times out after 50 ms and is answered in process. One slow reply is not an
      // outage: the state holds for TIMEOUTS_BEFORE_FALLBACK decisions at least (more on a
      // loaded machine, whose late timers do not count), then falls back.
      while (limiter.state() === "redis" && timedOut < 30) {
        expect((await limiter.consume(subjects)).allowed).toBe(true);
        timedOut += 1;
      }
      expect(timedOut).toBeGreaterThanOrEqual(TIMEOUTS_BEFORE_FALLBACK);
      expect(limiter.state()).toBe("fallback");
      // Further requests go straight to memory (the store list below), probes run beside them.
      expect(await run(limiter, subjects, 50)).toBe(50);
    } finally {
      server.signal("SIGCONT");
    }

    await waitFor(() => limiter.state() === "redis");
    expect(states).toEqual(["fallback", "redis"]);
    expect(stores).toEqual([
      "redis",
      ...Array.from({ length: timedOut + 50 }, () => "memory"),
    ]);
    expect(lines().map((line) => line.level)).toEqual([WARN, INFO]);
    limiter.close();
  });

  it("counts a wave of timeouts once, and a reply between waves starts over", async () => {
    await waitFor(() => client.status === "ready");
    const states: LimiterState[] = [];
    const limiter = createRateLimiter({
      redis: client,
      logger: captureLogger().logger,
      onStateChange: (state) => states.push(state),
    });
    const subjects = subjectsFor("rl:test:intermittent", 100);
    for (let round = 0; round < 3; round++) {
      server.signal("SIGSTOP");
      try {
        // Each wave: 10 decisions in flight together, all timing out on an idle loop.
        for (let i = 1; i < TIMEOUTS_BEFORE_FALLBACK; i++)
          await Promise.all(
            Array.from({ length: 10 }, () => limiter.consume(subjects)),
          );
      } finally {
        server.signal("SIGCONT");
      }
      await limiter.consume(subjects);
    }
    // Never more than TIMEOUTS_BEFORE_FALLBACK - 1 waves before Redis answered again: never down.
    expect(states).toEqual([]);
    expect(limiter.state()).toBe("redis");
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
      await run(
        limiter,
        subjectsFor("rl:test:close"),
        TIMEOUTS_BEFORE_FALLBACK,
      );
      expect(limiter.state()).toBe("fallback");
      limiter.close();
    } finally {
      server.signal("SIGCONT");
    }
    await sleep(300);
    expect(limiter.state()).toBe("fallback");
  });
});
