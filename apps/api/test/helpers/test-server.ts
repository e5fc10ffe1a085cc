import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { buildConfig, type Config } from "@slotted/config";
import type { AppServices } from "@slotted/core";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { createServices } from "../../src/create-services.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import type { CreateAppOptions } from "../../src/create-app.ts";
import { unbuiltWebApps } from "./web-app-dir.ts";

export type LogLine = Record<string, unknown> & { msg?: string; level?: string; requestId?: string };

export interface TestServer {
  url: string;
  config: Config;
  services: AppServices;
  /** Every log line the server wrote, parsed. */
  logs: LogLine[];
  /** The raw text of every log line, for "this secret never appears" checks. */
  logText(): string;
  running: RunningServer;
  testDatabase: TestDatabase;
  close(): Promise<void>;
}

async function removeKeys(redis: NonNullable<AppServices["redis"]>, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
}

/** The servers this test run talks to: real PostgreSQL/Redis when their URLs are set, embedded otherwise. */
export function modeEnvironment(): Record<string, string | undefined> {
  return { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL };
}

/**
 * A real Slotted server on an ephemeral port with its own fresh database and its own Redis key
 * namespace, so test files run in parallel without sharing state. Logs are captured.
 */
export async function startTestServer(
  options: { env?: Record<string, string | undefined>; app?: CreateAppOptions } = {},
): Promise<TestServer> {
  const config = buildConfig({
    LOG_LEVEL: "debug",
    RATE_LIMIT_ENABLED: "false",
    ...unbuiltWebApps,
    ...modeEnvironment(),
    ...options.env,
  });
  const logs: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) {
        if (!line) continue;
        raw.push(line);
        logs.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
  const logger = createLogger({ level: config.log.level, destination });
  const testDatabase = await createTestDatabase(modeEnvironment());
  const redisKeyPrefix = `test:${randomBytes(6).toString("hex")}:`;
  const services = await createServices(config, logger, { database: testDatabase.database, redisKeyPrefix });
  const running = await startServer(services, { ...options.app, port: 0, host: "127.0.0.1" });

  return {
    url: running.url,
    config,
    services,
    logs,
    logText: () => raw.join("\n"),
    running,
    testDatabase,
    close: async () => {
      if (services.redis?.status === "ready") {
        // Best effort: the app's client fails fast (50 ms) by design, which a loaded CI box can exceed.
        await removeKeys(services.redis, redisKeyPrefix).catch(() => undefined);
      }
      await running.shutdown();
      await testDatabase.dispose();
    },
  };
}
