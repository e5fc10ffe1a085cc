import { describe, expect, it } from "vitest";
import { createMemoryStore, type MemoryStore } from "./memory-store.ts";
import { storeContract } from "./store-contract.ts";

function clock(start = 1_700_000_000_000): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

describe("memory store: shared semantics (injected clock, no sleeping)", () => {
  const time = clock();
  const store = createMemoryStore({ now: time.now });
  storeContract({
    store: () => store,
    key: (name) => `rl:memory:${name}`,
    advance: (ms) => {
      time.advance(ms);
      return Promise.resolve();
    },
  });
});

describe("memory store: bounded memory", () => {
  const rule = { limit: 5, windowMs: 1000 };

  it("drops a key once its hits have expired", async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now });
    await store.consume([{ key: "a", rules: [rule] }]);
    expect(store.size()).toBe(1);
    time.advance(1000);
    // A rejected call records nothing, so the key, now empty, is dropped.
    await store.consume(
      [{ key: "a", rules: [{ limit: 1, windowMs: 1000 }] }],
      2,
    );
    expect(store.size()).toBe(0);
  });

  it("sweeps keys nobody touches again", async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now, sweepIntervalMs: 5000 });
    for (let i = 0; i < 100; i++)
      await store.consume([{ key: `k${i}`, rules: [rule] }]);
    expect(store.size()).toBe(100);
    time.advance(5000);
    await store.consume([{ key: "fresh", rules: [rule] }]);
    expect(store.size()).toBe(1);
  });

  it("caps the number of keys, evicting the least recently used", async () => {
    const time = clock();
    const store: MemoryStore = createMemoryStore({ now: time.now, maxKeys: 3 });
    const hit = (key: string) =>
      store.consume([{ key, rules: [{ limit: 1, windowMs: 60_000 }] }]);
    await hit("a");
    await hit("b");
    await hit("c");
    expect((await hit("a")).allowed).toBe(false); // touches "a": now "b" is the oldest
    await hit("d");
    expect(store.size()).toBe(3);
    expect((await hit("a")).allowed).toBe(false); // kept
    expect((await hit("b")).allowed).toBe(true); // evicted, so it starts over
  });

  it("keeps hits ordered when the clock steps back", async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now });
    const s = [{ key: "skew", rules: [{ limit: 2, windowMs: 1000 }] }];
    await store.consume(s);
    time.advance(-500);
    await store.consume(s);
    time.advance(1000); // 500 ms after the first hit, 1000 after the second
    expect(await store.consume(s)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
  });

  it("is exact under concurrent calls", async () => {
    const store = createMemoryStore();
    const s = [{ key: "burst", rules: [{ limit: 50, windowMs: 60_000 }] }];
    const decisions = await Promise.all(
      Array.from({ length: 200 }, () => store.consume(s)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(50);
  });
});
