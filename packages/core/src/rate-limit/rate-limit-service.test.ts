import { once } from "node:events";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimitService, type RateLimitDecisionEvent } from "./rate-limit-service.ts";
import { createRedisClientOptions } from "./redis-options.ts";
import { captureLogger, privateRedis, sleep, type PrivateRedis } from "./test-support.ts";
import type { LimiterState } from "./types.ts";

const rules = [{ limit: 2, windowMs: 60_000 }];

describe("createRateLimitService in process", () => {
  it("reports every decision to subscribers with its category and outcome", async () => {
    const { logger } = captureLogger();
    const service = createRateLimitService({ redis: null, logger });
    const events: RateLimitDecisionEvent[] = [];
    const unsubscribe = service.onDecision((event) => events.push(event));
    for (let i = 0; i < 3; i++) await service.consume("auth", [{ key: "rl:auth:ip:a", rules }]);
    await service.consume("booking_write", [{ key: "rl:booking_write:ip:a", rules }]);
    unsubscribe();
    await service.consume("default", [{ key: "rl:default:ip:a", rules }]);

    expect(events).toEqual([
      { category: "auth", outcome: "allowed", store: "memory" },
      { category: "auth", outcome: "allowed", store: "memory" },
      { category: "auth", outcome: "rejected", store: "memory" },
      { category: "booking_write", outcome: "allowed", store: "memory" },
    ]);
    expect(service.state()).toBe("memory");
    service.close();
  });

  it("slides with an injected clock", async () => {
    let time = 1_000_000;
    const { logger } = captureLogger();
    const service = createRateLimitService({ redis: null, logger, now: () => time });
    const subjects = [{ key: "rl:default:ip:b", rules }];
    await service.consume("default", subjects);
    time += 30_000;
    await service.consume("default", subjects);
    expect((await service.consume("default", subjects)).allowed).toBe(false);
    time += 30_000; // the first hit is now exactly one window old: expired
    expect((await service.consume("default", subjects)).allowed).toBe(true);
    service.close();
  });

  it("survives a throwing listener and logs it", async () => {
    const { logger, lines } = captureLogger();
    const service = createRateLimitService({ redis: null, logger });
    service.onDecision(() => {
      throw new Error("metrics broke");
    });
    expect((await service.consume("default", [{ key: "rl:default:ip:c", rules }])).allowed).toBe(true);
    expect(lines().map((line) => line.msg)).toContain("rate limit listener threw");
    service.close();
  });
});

describe("createRateLimitService over Redis", () => {
  let server: PrivateRedis;
  let client: Redis;
  beforeAll(async () => {
    server = await privateRedis();
    client = new Redis(server.port, "127.0.0.1", createRedisClientOptions({ keyPrefix: "svc-test:" }));
    client.on("error", () => undefined);
    await once(client, "ready");
  });
  afterAll(async () => {
    client.disconnect();
    await server.kill();
  });

  it("tells subscribers about fallback and recovery, and which store decided", async () => {
    const { logger } = captureLogger();
    const service = createRateLimitService({ redis: client, logger, recoveryProbeMs: 50 });
    const states: LimiterState[] = [];
    const stores: string[] = [];
    service.onStateChange((state) => states.push(state));
    service.onDecision((event) => stores.push(event.store));
    const subjects = [{ key: "rl:default:ip:d", rules: [{ limit: 100, windowMs: 60_000 }] }];

    await service.consume("default", subjects);
    // The app's client prefix namespaces the limiter's keys too.
    const admin = new Redis(server.port, "127.0.0.1");
    expect(await admin.keys("*")).toEqual(["svc-test:rl:default:ip:d"]);
    admin.disconnect();
    await server.kill();
    await service.consume("default", subjects);
    expect(service.state()).toBe("fallback");
    await server.start();
    for (let i = 0; i < 200 && service.state() !== "redis"; i++) await sleep(25);
    await service.consume("default", subjects);

    expect(states).toEqual(["fallback", "redis"]);
    expect(stores).toEqual(["redis", "memory", "redis"]);
    service.close();
  });
});
