import { randomBytes } from "node:crypto";
import { createLogger } from "@slotted/logger";
import { afterAll, describe, expect, it } from "vitest";
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
