import { createLogger } from "@slotted/logger";
import { createMemoryStore, type KeyValueStore } from "@slotted/db";
import { describe, expect, it } from "vitest";
import { cachedJson, invalidateCached } from "./cached-json.ts";

const log = createLogger({ level: "silent" });

describe("cachedJson", () => {
  it("computes once, serves from cache, and recomputes after invalidation", async () => {
    const kv = createMemoryStore();
    let computed = 0;
    const compute = () => Promise.resolve({ n: ++computed });
    expect(await cachedJson(kv, log, "k", 60, compute)).toEqual({ n: 1 });
    expect(await cachedJson(kv, log, "k", 60, compute)).toEqual({ n: 1 });
    await invalidateCached(kv, log, "k");
    expect(await cachedJson(kv, log, "k", 60, compute)).toEqual({ n: 2 });
  });

  it("expires entries after their TTL", async () => {
    let now = 1_000_000;
    const kv = createMemoryStore({ now: () => now });
    let computed = 0;
    const compute = () => Promise.resolve(++computed);
    await cachedJson(kv, log, "ttl", 60, compute);
    now += 61_000;
    expect(await cachedJson(kv, log, "ttl", 60, compute)).toBe(2);
  });

  it("falls back to computing when the store fails", async () => {
    const broken: KeyValueStore = {
      ...createMemoryStore(),
      get: () => Promise.reject(new Error("redis down")),
      set: () => Promise.reject(new Error("redis down")),
    };
    expect(await cachedJson(broken, log, "k", 60, () => Promise.resolve("fresh"))).toBe("fresh");
  });
});
