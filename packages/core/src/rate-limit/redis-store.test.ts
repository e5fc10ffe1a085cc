import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisClientOptions } from "./redis-options.ts";
import { createRedisStore } from "./redis-store.ts";
import { storeContract } from "./store-contract.ts";
import { sharedRedisUrl, sleep, uniquePrefix } from "./test-support.ts";

const prefix = uniquePrefix("redis-store");
const redis = new Redis(
  sharedRedisUrl(),
  createRedisClientOptions({ enableOfflineQueue: true }),
);
const store = createRedisStore(redis);

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe("redis store: shared semantics (server TIME, real waits)", () => {
  storeContract({
    store: () => store,
    key: (name) => `${prefix}${name}`,
    advance: sleep,
  });
});

describe("redis store: storage", () => {
  it("keeps one sorted set per subject with unique members and a TTL of the longest window", async () => {
    const key = `${prefix}layout`;
    const rules = [
      { limit: 10, windowMs: 60_000 },
      { limit: 20, windowMs: 120_000 },
    ];
    await store.consume([{ key, rules }], 3);
    await store.consume([{ key, rules }]);
    const members = await redis.zrange(key, "0", "-1", "WITHSCORES");
    expect(members).toHaveLength(8);
    expect(new Set(members.filter((_, i) => i % 2 === 0)).size).toBe(4);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(119_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it("passes Redis errors through for the resilient wrapper to handle", async () => {
    const key = `${prefix}wrongtype`;
    await redis.set(key, "not a sorted set");
    await expect(
      store.consume([{ key, rules: [{ limit: 1, windowMs: 1000 }] }]),
    ).rejects.toThrow(/WRONGTYPE/);
  });
});
