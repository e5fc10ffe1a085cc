// Shared by the *.test.ts files beside it: real Redis servers and a captured logger, no mocks.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { pino, type Logger } from "pino";

/** The shared Redis the suite runs against (REDIS_URL in CI, the local one otherwise). */
export function sharedRedisUrl(): string {
  return process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
}

/** A key prefix unique to one test file run, so parallel files and reruns never collide. */
export function uniquePrefix(file: string): string {
  return `rl-test:${file}:${process.pid}:${Date.now()}:`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string")
    throw new Error("no TCP port");
  return address.port;
}

async function waitForPing(port: number): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const probe = new Redis({
      port,
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(25);
    } finally {
      probe.disconnect();
    }
  }
}

export interface PrivateRedis {
  port: number;
  /** (Re)starts redis-server on the same port. */
  start(): Promise<void>;
  /** Kills the server hard, like a crash. */
  kill(): Promise<void>;
  /** Freezes or resumes the process: a hung server, for command timeouts. */
  signal(signal: "SIGSTOP" | "SIGCONT"): void;
}

/** A throwaway redis-server on a spare port without persistence; call kill() in afterAll. */
export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: PrivateRedis = {
    port,
    async start() {
      child = spawn(
        "redis-server",
        ["--port", String(port), "--save", "", "--appendonly", "no"],
        {
          stdio: "ignore",
        },
      );
      await waitForPing(port);
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = once(running, "exit");
      running.kill("SIGKILL");
      await exited;
    },
    signal(signal) {
      child?.kill(signal);
    },
  };
  await server.start();
  return server;
}

/** A pino logger whose JSON lines are kept in memory for assertions. */
export function captureLogger(): {
  logger: Logger;
  lines: () => { level: number; msg: string }[];
} {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: "debug" }, stream);
  return {
    logger,
    lines: () =>
      raw
        .join("")
        .split("\n")
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as { level: number; msg: string }),
  };
}
