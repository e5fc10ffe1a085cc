// Rate limiting on a real three-master Redis Cluster (REDIS_CLUSTER_NODES), started by this file
// wherever redis-server is installed: exact across two server processes, a login's caller and
// target email decided across slots, and a master killed mid-traffic costs no 5xx.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { redisClusterAvailable, startRedisCluster, type TestRedisCluster } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess, type RunningApi } from "../helpers/api-process.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { burst, call, clientAddress, from, patientRedis, tally, type Reply } from "./traffic.ts";

describe.runIf(redisClusterAvailable())("rate limiting on a Redis Cluster, across two server processes", () => {
  let cluster: TestRedisCluster;
  let server: TestServer;
  let second: RunningApi;
  const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-redis-cluster-"));

  beforeAll(async () => {
    cluster = await startRedisCluster();
    const limits = {
      ...patientRedis,
      // Exactness is what is measured here, on a CI box that may be busy: a Redis answer must not
      // miss its deadline and be decided in process instead (the outage test below covers that).
      REDIS_COMMAND_TIMEOUT_MS: "5000",
      RATE_LIMIT_ENABLED: "true",
      RATE_LIMIT_DEFAULT_PER_MINUTE: "50",
      RATE_LIMIT_AUTH_PER_MINUTE: "50",
      RATE_LIMIT_AUTH_PER_HOUR: "1000",
      TRUST_PROXY: "true",
      REDIS_CLUSTER_NODES: cluster.nodes.join(","),
    };
    // REDIS_URL and REDIS_CLUSTER_NODES exclude each other: this file uses only the cluster.
    server = await startTestServer({ env: { ...limits, REDIS_URL: undefined } });
    const keyPrefix = server.services.redis?.options.keyPrefix;
    if (!keyPrefix) throw new Error("the first server has no Redis key prefix");
    second = await startApiProcess({
      ...limits,
      REDIS_KEY_PREFIX: keyPrefix,
      ...(server.testDatabase.url ? { DATABASE_URL: server.testDatabase.url } : { PGLITE_DATA_DIR: path.join(dataDir, "pglite") }),
      LOG_LEVEL: "info", // the "listening" line carries its URL
    });
  }, 120_000);

  afterAll(async () => {
    await second.stop();
    await server.close().catch(() => undefined);
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const either = (i: number) => (i % 2 === 0 ? server.url : second.url);
  // The venue's public facts: limited by the default policy, and answered from configuration, so a
  // busy database cannot turn an answer into a 503 (as readiness would).
  const venue = (i: number, address: string) => call(`${either(i)}/api/v1/bookings/venue`, { headers: from(address) });
  /** The second process's `rate_limit_fallback` gauge (loopback may read /metrics without a token) is 0. */
  const secondOnCluster = async () => {
    const res = await fetch(`${second.url}/metrics`);
    return /^(slotted_)?rate_limit_fallback 0$/m.test(await res.text());
  };
  const fiveHundreds = (replies: Reply[]) => replies.filter((reply) => reply.status >= 500).map((reply) => reply.status);

  it("200 concurrent requests split over both processes → exactly 50 pass, 150 get 429", async () => {
    const address = clientAddress();
    const replies = await burst(200, (i) => venue(i, address));
    expect(tally(replies)).toEqual({ 200: 50, 429: 150 });
    expect(server.services.rateLimiter.state()).toBe("redis");
  });

  it("one account tried from 200 addresses at once: its email's counter admits exactly 50 across slots", async () => {
    const email = `cluster-target-${Date.now()}@example.test`;
    const replies = await burst(200, (i) =>
      call(`${either(i)}/api/v1/auth/login`, { headers: from(clientAddress()), body: { email, password: "wrong-password-123" } }),
    );
    // 401: allowed through the limiter, then refused by the password check.
    expect(tally(replies)).toEqual({ 401: 50, 429: 150 });
  });

  it("a master killed mid-traffic: no 5xx, limiting falls back in process, and returns to the cluster once it is back", async () => {
    const replies: Reply[] = [];
    let sent = 0;
    const traffic = async (until: () => boolean) => {
      while (!until()) {
        replies.push(...(await burst(10, (i) => venue(sent + i, clientAddress()))));
        sent += 10;
        await sleep(20);
      }
    };

    const victim = 1;
    await cluster.node(victim).kill();
    await traffic(() => server.services.rateLimiter.state() === "fallback");

    await cluster.node(victim).start();
    await cluster.waitUntilHealthy();
    await traffic(() => server.services.rateLimiter.state() === "redis" || sent > 3_000);
    // The other process probes on its own timer: wait until its /metrics says it is back too.
    for (let i = 0; i < 100 && !(await secondOnCluster()); i++) await sleep(100);
    expect(await secondOnCluster()).toBe(true);

    expect(fiveHundreds(replies)).toEqual([]);
    expect(server.services.rateLimiter.state()).toBe("redis");
    const warnings = server.logs.filter((line) => line.msg?.startsWith("rate limiter: Redis unavailable"));
    const recoveries = server.logs.filter((line) => line.msg?.startsWith("rate limiter: Redis answers again"));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(recoveries.length).toBe(warnings.length);

    // Back on the cluster, limits are shared again: exact across both processes.
    const address = clientAddress();
    expect(tally(await burst(120, (i) => venue(i, address)))).toEqual({ 200: 50, 429: 70 });
  }, 60_000);
});
