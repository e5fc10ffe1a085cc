// `pnpm worker`: runs background jobs without serving HTTP, for deployments that scale the two
// apart (WORKER_MODE=separate on the API processes). Needs DATABASE_URL: PGlite is one process's.
import { createDatabase } from "@slotted/db";
import { createJobQueue } from "@slotted/jobs";
import { createLogger } from "@slotted/logger";
import { loadStartupConfig } from "./load-startup-config.ts";
import { startWorker } from "./start-worker.ts";

async function main(): Promise<void> {
  const config = loadStartupConfig();
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty && process.stdout.isTTY });
  if (!config.database.url) {
    process.stderr.write("Slotted worker cannot start: DATABASE_URL is required (embedded PGlite runs jobs inside `pnpm start`)\n");
    process.exit(1);
  }
  const db = await createDatabase(config.database, { logger, migrate: config.database.migrateOnStart });
  const jobs = createJobQueue({ database: db, config, logger, supervise: true });
  const worker = await startWorker({ config, logger, db, jobs });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "received stop signal: finishing active jobs");
    worker
      .stop(config.server.shutdownTimeoutMs)
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "worker shutdown failed");
          process.exit(1);
        },
      );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Slotted worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
