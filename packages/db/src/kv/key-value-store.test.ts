import { randomBytes } from "node:crypto";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisClusterAvailable, startRedisCluster, type TestRedisCluster } from "../testing/redis-cluster.ts";
import { createRedisClient } from "./create-redis-client.ts";
import type { KeyValueStore } from "./key-value-store.ts";
import { createMemoryStore } from "./memory-store.ts";
import { createRedisStore } from "./redis-store.ts";
import { waitForRedis } from "./wait-for-redis.ts";

/** The same behaviour from both stores: the in-process one must be a faithful stand-in. */
function storeContract(name: string, open: () => Promise<KeyValueStore>) {
  describe(name, () => {
    let store: KeyValueStore | undefined;
    const kv = async () => (store ??= await open());
    afterAll(async () => store?.close());

    it("answers ping", async () => {
      await expect((await kv()).ping()).resolves.toBeUndefined();
    });

    it("sets, gets and deletes values", async () => {
      const s = await kv();
      await s.set("greeting", "hello", 60);
      expect(await s.get("greeting")).toBe("hello");
      await s.del("greeting", "never-set");
      expect(await s.get("greeting")).toBeNull();
    });

    it("deletes several keys in one call (on a cluster they hash to different slots)", async () => {
      const s = await kv();
      const keys = Array.from({ length: 12 }, (_, i) => `many:${i}`);
      for (const key of keys) await s.set(key, "x", 60);
      await s.del(...keys);
      expect(await Promise.all(keys.map((key) => s.get(key)))).toEqual(keys.map(() => null));
    });

    it("expires values after their TTL", async () => {
      const s = await kv();
      await s.set("short-lived", "x", 1);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await s.get("short-lived")).toBeNull();
    });

    it("reports memory use", async () => {
      const s = await kv();
      await s.set("weight", "x".repeat(1_000), 60);
      expect(await s.usedMemoryBytes()).toBeGreaterThan(1_000);
    });
  });
}

storeContract("in-process store", () => Promise.resolve(createMemoryStore()));

describe("in-process store bounds", () => {
  it("evicts the oldest keys beyond maxKeys", async () => {
    const store = createMemoryStore({ maxKeys: 2 });
    await store.set("a", "1", 60);
    await store.set("b", "2", 60);
    await store.set("c", "3", 60);
    expect(await store.get("a")).toBeNull();
    expect(await store.get("c")).toBe("3");
  });
});

// Real Redis whenever REDIS_URL is set (CI sets it; a missing server fails these tests).
describe.runIf(Boolean(process.env.REDIS_URL))("Redis", () => {
  storeContract("Redis store", async () => {
    const redis = createRedisClient({
      url: process.env.REDIS_URL ?? "",
      logger: createLogger({ level: "silent" }),
      keyPrefix: `test:${randomBytes(4).toString("hex")}:`,
      commandTimeoutMs: 1_000,
    });
    if (!(await waitForRedis(redis, 5_000))) throw new Error(`Redis at ${process.env.REDIS_URL ?? ""} is not answering`);
    return createRedisStore(redis);
  });

  it("answers ping although the event loop was too busy to read the reply before the command timeout", async () => {
    const redis = createRedisClient({ url: process.env.REDIS_URL ?? "", logger: createLogger({ level: "silent" }), commandTimeoutMs: 20 });
    try {
      if (!(await waitForRedis(redis, 5_000))) throw new Error("Redis is not answering");
      const store = createRedisStore(redis);
      let timedOut = 0;
      const direct = redis.ping().catch((error: unknown) => {
        if (error instanceof Error && error.message === "Command timed out") timedOut += 1;
      });
      const probe = store.ping();
      // Busy for five command timeouts: the timers fire before the socket's replies are read.
      const until = performance.now() + 100;
      while (performance.now() < until);
      await direct;
      await expect(probe).resolves.toBeUndefined();
      expect(timedOut).toBe(1);
    } finally {
      redis.disconnect();
    }
  });
});

// A real three-master cluster, started here wherever redis-server is installed (CI machines).
describe.runIf(redisClusterAvailable())("Redis Cluster", () => {
  let cluster: TestRedisCluster;
  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 60_000);
  afterAll(async () => cluster.stop());

  storeContract("Redis Cluster store", async () => {
    const redis = createRedisClient({
      clusterNodes: cluster.nodes,
      logger: createLogger({ level: "silent" }),
      keyPrefix: `test:${randomBytes(4).toString("hex")}:`,
      commandTimeoutMs: 1_000,
    });
    if (!(await waitForRedis(redis, 5_000))) throw new Error("the Redis Cluster is not answering");
    return createRedisStore(redis);
  });

  it("fails its ping while a master is down, and answers again once it is back", async () => {
    const redis = createRedisClient({ clusterNodes: cluster.nodes, logger: createLogger({ level: "silent" }), commandTimeoutMs: 1_000 });
    try {
      if (!(await waitForRedis(redis, 5_000))) throw new Error("the Redis Cluster is not answering");
      const store = createRedisStore(redis);
      await cluster.node(2).kill();
      // The surviving masters mark it failed after the node timeout (1 s) and stop serving keys.
      let pinged = true;
      for (let i = 0; i < 50 && pinged; i++) {
        pinged = await store.ping().then(() => true, () => false);
        if (pinged) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(pinged).toBe(false);
      await cluster.node(2).start();
      await cluster.waitUntilHealthy();
      await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      redis.disconnect();
    }
  }, 30_000);
});
