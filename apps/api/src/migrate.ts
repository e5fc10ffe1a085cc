// `node dist/migrate.js`: applies pending migrations to DATABASE_URL and exits, so a deployment
// can migrate once (a Job, a one-shot compose service) before servers start with
// MIGRATE_ON_START=false, instead of every replica racing to migrate at start.
import { createDatabase } from "@slotted/db";
import { createJobQueue } from "@slotted/jobs";
import { createLogger, scrubText } from "@slotted/logger";
import { loadStartupConfig } from "./load-startup-config.ts";

async function main(): Promise<number> {
  const config = loadStartupConfig();
  const logger = createLogger({
    level: config.log.level,
    pretty: config.log.pretty && process.stdout.isTTY,
    base: { service: "slotted-migrate" },
  });
  if (!config.database.url) {
    // Embedded PGlite belongs to the server process, which migrates it itself.
    logger.fatal("refusing to migrate: DATABASE_URL is not set (embedded PGlite is migrated by the server at start)");
    return 1;
  }
  try {
    const started = performance.now();
    const db = await createDatabase(config.database, { logger, migrate: true });
    try {
      // pg-boss creates its schema and queues at start; an API and a worker doing that at once on
      // a fresh database can deadlock, so the one-shot migration does it first.
      const jobs = createJobQueue({
        database: db,
        config,
        logger,
        supervise: false,
      });
      await jobs.start();
      await jobs.stop(config.server.shutdownTimeoutMs);
    } finally {
      await db.close();
    }
    logger.info({ durationMs: Math.round(performance.now() - started) }, "database schema is up to date");
    return 0;
  } catch (error) {
    // Driver messages can echo the connection string.
    const message = scrubText(error instanceof Error ? error.message : String(error));
    logger.fatal({ error: message }, "database migration failed");
    return 1;
  }
}

// process.exit, not a natural end: a stray handle must not keep a migration Job running. pino
// flushes its destination on exit.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Slotted migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
