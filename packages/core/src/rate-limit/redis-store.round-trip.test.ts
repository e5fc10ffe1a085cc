// Proves "one round trip per decision" on a private redis-server, where MONITOR and
// commandstats see only this file's traffic.
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createRedisClientOptions } from "./redis-options.ts";
import { createRedisStore } from "./redis-store.ts";
import { privateRedis, sleep, type PrivateRedis } from "./test-support.ts";
import type { LimitSubject } from "./types.ts";

let server: PrivateRedis;
let client: Redis;
let admin: Redis;
let monitor: Redis;
const seen: { command: string; source: string }[] = [];

const subjects: LimitSubject[] = [
  {
    key: "rl:auth:ip:1.2.3.4",
    rules: [
      { limit: 100, windowMs: 60_000 },
      { limit: 1000, windowMs: 3_600_000 },
    ],
  },
  {
    key: "rl:auth:email:a@b.c",
    rules: [
      { limit: 100, windowMs: 60_000 },
      { limit: 1000, windowMs: 3_600_000 },
    ],
  },
];

beforeAll(async () => {
  server = await privateRedis();
  client = new Redis(
    server.port,
    "127.0.0.1",
    createRedisClientOptions({ enableOfflineQueue: true }),
  );
  admin = new Redis(server.port, "127.0.0.1");
  monitor = await new Redis(server.port, "127.0.0.1").monitor();
  monitor.on("monitor", (_time: string, args: string[], source: string) => {
    seen.push({ command: (args[0] ?? "").toLowerCase(), source });
  });
});

afterAll(async () => {
  client.disconnect();
  admin.disconnect();
  monitor.disconnect();
  await server.kill();
});

async function clientAddress(): Promise<string> {
  const info = String(await client.call("CLIENT", "INFO"));
  const addr = /\baddr=(\S+)/.exec(info)?.[1];
  if (!addr) throw new Error(`no addr in CLIENT INFO: ${info}`);
  return addr;
}

/** Commands the limiter's connection sent since `from` (script-internal calls show as "lua"). */
async function sentSince(from: number, addr: string): Promise<string[]> {
  await admin.ping(); // MONITOR is asynchronous: let it catch up
  await sleep(50);
  return seen
    .slice(from)
    .filter((entry) => entry.source === addr)
    .map((entry) => entry.command);
}

it("sends exactly one EVALSHA per decision, covering both windows and both subjects", async () => {
  const store = createRedisStore(client);
  const addr = await clientAddress();
  await store.consume(subjects); // the first call on a connection sends the script body (EVAL)
  await admin.config("RESETSTAT");
  const from = seen.length;

  for (let i = 0; i < 20; i++) await store.consume(subjects);

  expect(await sentSince(from, addr)).toEqual(
    Array.from({ length: 20 }, () => "evalsha"),
  );
  const stats = await admin.info("commandstats");
  expect(stats).toMatch(/cmdstat_evalsha:calls=20,/);
  expect(stats).not.toMatch(/cmdstat_eval:/);
  // Inside the script: only the sorted-set log, the sequence and server time.
  expect(stats).not.toMatch(/cmdstat_(get|set|incrby|hget|hset):/);
});

it("reloads the script itself after the server forgets it (NOSCRIPT), then goes back to EVALSHA", async () => {
  const store = createRedisStore(client);
  const addr = await clientAddress();
  await store.consume(subjects);
  await admin.script("FLUSH");
  const from = seen.length;

  const decision = await store.consume(subjects);
  await store.consume(subjects);

  expect(decision.allowed).toBe(true);
  expect(await sentSince(from, addr)).toEqual(["evalsha", "eval", "evalsha"]);
});
