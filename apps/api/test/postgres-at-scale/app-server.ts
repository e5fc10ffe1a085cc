// The app as `main` opens it, for suites that need its connections to come from config (a pooler,
// a read replica) rather than from a test database handed in, plus direct SQL for their setup.
import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { buildConfig } from "@slotted/config";
import { createDatabase } from "@slotted/db";
import { createLogger } from "@slotted/logger";
import { createServices } from "../../src/create-services.ts";
import { startServer } from "../../src/server.ts";
import { modeEnvironment, type LogLine, type TestServer } from "../helpers/test-server.ts";
import { unbuiltWebApps } from "../helpers/web-app-dir.ts";

/** Runs statements one by one on a direct (unpooled) connection to `url` (the app's package has no `pg` of its own). */
export async function runDirect(url: string, statements: string[]): Promise<void> {
  const database = await createDatabase(buildConfig({ DATABASE_URL: url }).database, { logger: createLogger({ level: "silent" }) });
  try {
    for (const statement of statements) await database.prisma.$executeRawUnsafe(statement);
  } finally {
    await database.close();
  }
}

export function databaseNameOf(url: string): string {
  return new URL(url).pathname.slice(1);
}

/**
 * The app as `main` opens it (its own database connections from config, migration check on
 * start), on an ephemeral port with captured logs. `env` must name the database.
 */
export async function startAppServer(env: Record<string, string | undefined>): Promise<Omit<TestServer, "testDatabase" | "close">> {
  const config = buildConfig({
    LOG_LEVEL: "debug",
    RATE_LIMIT_ENABLED: "false",
    ...unbuiltWebApps,
    ...modeEnvironment(),
    ...env,
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
  const redisKeyPrefix = `test:${randomBytes(6).toString("hex")}:`;
  const services = await createServices(config, logger, { redisKeyPrefix });
  const running = await startServer(services, { port: 0, host: "127.0.0.1" });
  return { url: running.url, config, services, logs, logText: () => raw.join("\n"), running };
}
