// Second OS process for the concurrency test: connects, says "ready", reads a start time (epoch ms)
// on stdin, fires CALLS concurrent decisions at that moment and prints how many were allowed.
import { once } from "node:events";
import { Redis } from "ioredis";
import { createRedisClientOptions } from "./redis-options.ts";
import { createRedisStore } from "./redis-store.ts";

const [url, key, limit, calls] = process.argv.slice(2);
if (!url || !key || !limit || !calls)
  throw new Error("usage: url key limit calls");

const redis = new Redis(
  url,
  createRedisClientOptions({ commandTimeout: 5000 }),
);
await once(redis, "ready");
const store = createRedisStore(redis);
const subjects = [{ key, rules: [{ limit: Number(limit), windowMs: 60_000 }] }];

process.stdout.write("ready\n");
const [startLine] = (await once(process.stdin, "data")) as [Buffer];
await new Promise((resolve) =>
  setTimeout(resolve, Number(startLine.toString()) - Date.now()),
);
const decisions = await Promise.all(
  Array.from({ length: Number(calls) }, () => store.consume(subjects)),
);
process.stdout.write(
  `${JSON.stringify({ allowed: decisions.filter((d) => d.allowed).length })}\n`,
);
redis.disconnect();
