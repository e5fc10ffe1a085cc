// Does password hashing stall the event loop? Starts the real server in its own process (as in
// production), registers one account, then fires 50 concurrent logins (argon2id on libuv's thread
// pool) while polling health.live back to back, and prints health.live latency percentiles at
// rest and during the burst. A benchmark, not a test: it asserts nothing.
//
//   pnpm bench                                                           # embedded PGlite
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test node --import tsx bench/login-under-load.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { startApiProcess } from "../test/helpers/api-process.ts";

const concurrentLogins = 50;
const email = `bench-${Date.now().toString(36)}@example.test`;
const password = "bench-lantern-orbit-42";

async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "slotted-bench-"));
  const api = await startApiProcess({
    // Production's level: one access-log line per request is part of the real cost.
    LOG_LEVEL: "info",
    RATE_LIMIT_ENABLED: "false",
    PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  });
  return {
    url: api.url,
    stop: async () => {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
  return `${label.padEnd(30)} n=${String(sorted.length).padStart(4)}  p50=${fmt(percentile(sorted, 50))}  p99=${fmt(percentile(sorted, 99))}  max=${fmt(sorted.at(-1) ?? Number.NaN)}`;
}

/** Polls health.live one request at a time until `stop` settles; returns each round trip in ms. */
async function pollLiveness(url: string, stop: Promise<unknown>): Promise<number[]> {
  const burst = { over: false };
  void stop.finally(() => (burst.over = true));
  const samples: number[] = [];
  while (!burst.over) {
    const started = performance.now();
    const res = await fetch(`${url}/api/v1/health/live`);
    await res.arrayBuffer();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function post(url: string, body: unknown): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

const server = await startServer();
try {
  const registered = await post(`${server.url}/api/v1/auth/register`, { email, password, name: "Bench User" });
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}`);
  await post(`${server.url}/api/v1/auth/login`, { email, password }); // warm code paths

  const atRest = await pollLiveness(server.url, sleep(2_000));
  const burstStarted = performance.now();
  const burst = Promise.all(Array.from({ length: concurrentLogins }, () => post(`${server.url}/api/v1/auth/login`, { email, password })));
  const [underLoad, logins] = await Promise.all([pollLiveness(server.url, burst), burst]);
  const burstMs = performance.now() - burstStarted;
  const failed = logins.filter((l) => l.status !== 200).length;

  process.stdout.write(
    [
      `database: ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}; server in its own process`,
      summary("health.live at rest", atRest),
      summary(`health.live during ${concurrentLogins} logins`, underLoad),
      summary("login round trip", logins.map((l) => l.ms)),
      `${concurrentLogins} logins finished in ${burstMs.toFixed(0)} ms (${failed} failed)`,
      "",
    ].join("\n"),
  );
} finally {
  await server.stop();
}
