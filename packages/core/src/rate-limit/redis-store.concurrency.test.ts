import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterAll, expect, it, onTestFinished } from "vitest";
import { createRedisClientOptions } from "./redis-options.ts";
import { createRedisStore } from "./redis-store.ts";
import { sharedRedisUrl, sleep, uniquePrefix } from "./test-support.ts";
import type { LimitSubject, RateLimitStore } from "./types.ts";

const prefix = uniquePrefix("redis-concurrency");
// A generous timeout here: this file measures exactness, not latency, on a busy 2-core box.
const options = createRedisClientOptions({
  enableOfflineQueue: true,
  commandTimeout: 5000,
});
const first = new Redis(sharedRedisUrl(), options);
const second = new Redis(sharedRedisUrl(), options);

afterAll(async () => {
  const keys = await first.keys(`${prefix}*`);
  if (keys.length > 0) await first.del(...keys);
  first.disconnect();
  second.disconnect();
});

const subjectsFor = (name: string): LimitSubject[] => [
  { key: `${prefix}${name}`, rules: [{ limit: 50, windowMs: 60_000 }] },
];

function fire(
  store: RateLimitStore,
  subjects: LimitSubject[],
  calls: number,
): Promise<number> {
  return Promise.all(
    Array.from({ length: calls }, () => store.consume(subjects)),
  ).then((decisions) => decisions.filter((d) => d.allowed).length);
}

it("allows exactly 50 of 200 concurrent calls on one connection", async () => {
  const subjects = subjectsFor("one-connection");
  expect(
    await fire(createRedisStore(first), subjects, 200),
  ).toBe(50);
  expect(await first.zcard(subjects[0]!.key)).toBe(50);
});

it("allows exactly 50 of 200 concurrent calls split over two connections", async () => {
  const subjects = subjectsFor("two-connections");
  const [a, b] = await Promise.all([
    fire(createRedisStore(first), subjects, 100),
    fire(createRedisStore(second), subjects, 100),
  ]);
  expect(a + b).toBe(50);
  expect(await first.zcard(subjects[0]!.key)).toBe(50);
});

function tsxBinary(): string {
  for (const candidate of [
    "../../node_modules/.bin/tsx",
    "../../../../node_modules/.bin/tsx",
  ]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error("tsx not found");
}

it("allows exactly 50 of 200 concurrent calls split over two OS processes", async () => {
  const subjects = subjectsFor("two-processes");
  const key = subjects[0]!.key;
  const worker = spawn(
    tsxBinary(),
    [
      fileURLToPath(new URL("./consume-worker.fixture.ts", import.meta.url)),
      sharedRedisUrl(),
      key,
      "50",
      "100",
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines: string[] = [];
  let buffered = "";
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.shift();
        if (line !== undefined) {
          worker.stdout.off("data", check);
          worker.off("exit", reject);
          resolve(line);
        }
      };
      worker.stdout.on("data", check);
      worker.once("exit", reject);
      check();
    });
  worker.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    lines.push(...parts);
  });

  onTestFinished(() => {
    worker.kill();
  });
  expect(await nextLine()).toBe("ready");
  const store = createRedisStore(first);
  // Both processes start at the same wall-clock moment, so their calls really interleave.
  const startAt = Date.now() + 100;
  worker.stdin.write(`${startAt}\n`);
  await sleep(startAt - Date.now());
  const [here, there] = await Promise.all([
    fire(store, subjects, 100),
    nextLine().then(
      (line) => (JSON.parse(line) as { allowed: number }).allowed,
    ),
  ]);

  expect(here + there).toBe(50);
  expect(await first.zcard(key)).toBe(50);
});
