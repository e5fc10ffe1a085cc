// One Redis round trip per decision, seen at the HTTP level: on a private redis-server that only
// this test talks to, N limited calls (REST, tRPC, batched) reach Redis as exactly N EVALSHA;
// the sorted-set work happens inside the script (MONITOR shows it with source "lua").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { startPrivateRedis, type PrivateRedis } from "./private-redis.ts";
import { call, clientAddress, from, patientRedis, tally, type Reply } from "./traffic.ts";

let redis: PrivateRedis;
let server: TestServer;
beforeAll(async () => {
  redis = await startPrivateRedis();
  server = await startTestServer({ env: { ...patientRedis, REDIS_URL: redis.url, RATE_LIMIT_ENABLED: "true", TRUST_PROXY: "true" } });
});
afterAll(async () => {
  await server.close();
  await redis.kill();
});

describe("Redis round trips", () => {
  it("sends exactly one EVALSHA per decision and no other limiter command", async () => {
    const client = from(clientAddress());
    // The first decision on a connection loads the script (EVALSHA → NOSCRIPT → EVAL).
    await call(`${server.url}/api/v1/health/ready`, { headers: client });
    await redis.cli("CONFIG", "RESETSTAT");
    const monitor = await redis.monitor();

    const replies: Reply[] = [];
    for (let i = 0; i < 10; i++) replies.push(await call(`${server.url}/api/v1/health/ready`, { headers: client }));
    for (let i = 0; i < 10; i++) replies.push(await call(`${server.url}/trpc/health.ready`, { headers: client }));
    replies.push(await call(`${server.url}/trpc/health.ready,health.ready,health.ready,health.ready,health.ready?batch=1&input=%7B%7D`, { headers: client }));
    // Liveness is never limited: it must not reach Redis at all.
    for (let i = 0; i < 5; i++) replies.push(await call(`${server.url}/api/v1/health/live`, { headers: client }));
    expect(tally(replies)).toEqual({ 200: 26 });

    const seen = await monitor.stop();
    const fromClients = seen.filter((entry) => entry.source !== "lua").map((entry) => entry.command);
    const count = (command: string) => fromClients.filter((name) => name === command).length;
    // 10 REST + 10 tRPC + a batch of 5 = 25 decisions; the only other traffic is the cache PING
    // of each health.ready answer (25 of them).
    expect(count("evalsha")).toBe(25);
    expect(count("ping")).toBe(25);
    expect(fromClients.length).toBe(50);
    // Reading, deciding and recording all ran inside the scripts, never as separate round trips.
    expect(seen.filter((entry) => entry.source === "lua" && entry.command === "zadd").length).toBe(25);

    const calls = await redis.commandCalls();
    expect(calls.get("evalsha")).toBe(25);
    expect(calls.has("eval")).toBe(false);
  });
});
