// The Redis store on a real three-master Redis Cluster (started by this file, where redis-server
// is installed): the shared store semantics, exactness under concurrency when one decision spans
// slots, and the taking back of reservations when a later slot refuses.
import { redisClusterAvailable, startRedisCluster, type TestRedisCluster } from "@slotted/db/testing";
import { failFastClusterOptions } from "@slotted/db/redis-options";
import { Cluster } from "ioredis";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStore, hashTagOf } from "./redis-store.ts";
import { storeContract } from "./store-contract.ts";
import { sleep, uniquePrefix } from "./test-support.ts";
import type { LimitSubject, RateLimitStore } from "./types.ts";

const prefix = uniquePrefix("redis-cluster");

describe("hashTagOf", () => {
  it("reads the slot-defining part of a key as Redis Cluster does", () => {
    expect(hashTagOf("rl:{auth:ip:1.2.3.4}")).toBe("auth:ip:1.2.3.4");
    expect(hashTagOf("rl:auth:ip:1.2.3.4")).toBe("rl:auth:ip:1.2.3.4");
    // An empty tag does not count: the whole key is hashed.
    expect(hashTagOf("rl:{}:x")).toBe("rl:{}:x");
    expect(hashTagOf("a{b}{c}")).toBe("b");
  });
});

describe.runIf(redisClusterAvailable())("redis store on a Redis Cluster", () => {
  let cluster: TestRedisCluster;
  let client: Cluster;
  let store: RateLimitStore;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    // A generous timeout: this file measures exactness, not latency, on a busy 2-core box.
    client = new Cluster(
      cluster.nodes.map((node) => ({ host: "127.0.0.1", port: Number(node.split(":")[1]) })),
      failFastClusterOptions({ commandTimeout: 5_000 }),
    );
    await once(client, "ready");
    store = createRedisStore(client);
  }, 60_000);

  afterAll(async () => {
    client.disconnect();
    await cluster.stop();
  });

  describe("shared semantics", () => {
    // Keys without a hash tag: the subjects of one decision land on different slots, so the
    // contract's multi-subject cases run through check-then-record.
    storeContract({ store: () => store, key: (name) => `${prefix}${name}`, advance: sleep });
  });

  const emailSubject = (name: string, limit: number): LimitSubject => ({ key: `${prefix}{email:${name}}`, rules: [{ limit, windowMs: 60_000 }] });
  const callerSubject = (name: string, limit: number): LimitSubject => ({ key: `${prefix}{ip:${name}}`, rules: [{ limit, windowMs: 60_000 }] });

  it("spreads the subjects of one decision over several masters", async () => {
    const masters = new Set<number>();
    for (let i = 0; i < 20; i++) masters.add(await cluster.masterFor(callerSubject(`spread-${i}`, 1).key));
    expect(masters.size).toBe(3);
  });

  it("admits exactly 50 of 200 concurrent logins for one email from 200 addresses", async () => {
    const email = emailSubject("one-target", 50);
    const decisions = await Promise.all(Array.from({ length: 200 }, (_, i) => store.consume([callerSubject(`many-${i}`, 10), email])));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(50);
    expect(await client.zcard(email.key)).toBe(50);
    // The 150 refused requests took their reservations back from their callers' slots.
    const callerHits = await Promise.all(Array.from({ length: 200 }, (_, i) => client.zcard(callerSubject(`many-${i}`, 10).key)));
    expect(callerHits.reduce((sum, hits) => sum + hits, 0)).toBe(50);
  });

  it("admits exactly 50 of 200 concurrent logins from one address for 200 emails", async () => {
    const caller = callerSubject("one-caller", 50);
    const decisions = await Promise.all(Array.from({ length: 200 }, (_, i) => store.consume([caller, emailSubject(`spread-${i}`, 10)])));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(50);
    expect(await client.zcard(caller.key)).toBe(50);
  });

  it("takes back the caller's reservation when the email's slot refuses, and reports the later retry", async () => {
    const email = emailSubject("full", 1);
    const caller = callerSubject("has-room", 5);
    expect((await store.consume([callerSubject("other", 5), email])).allowed).toBe(true);

    const refused = await store.consume([caller, email]);
    expect(refused).toMatchObject({ allowed: false, limit: 1, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect(await client.zcard(caller.key)).toBe(0);
  });

  it("measures every slot of a refused decision, so Retry-After names the slot that frees last", async () => {
    const caller = callerSubject("full-first", 1);
    const email = emailSubject("full-later", 1);
    expect((await store.consume([caller, emailSubject("elsewhere", 5)])).allowed).toBe(true);
    await sleep(1_100);
    expect((await store.consume([callerSubject("elsewhere", 5), email])).allowed).toBe(true);

    // Both are full; the email's hit is newer, so it is the one to wait for.
    const refused = await store.consume([caller, email]);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(60);
  });
});
