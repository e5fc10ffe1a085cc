import { formatDemoCredentials, prepareAccounts } from "@slotted/core";
import { createLogger } from "@slotted/logger";
import { createServices } from "./create-services.ts";
import { loadStartupConfig } from "./load-startup-config.ts";
import { startServer } from "./server.ts";
import { startWorker } from "./start-worker.ts";

async function main(): Promise<void> {
  const config = loadStartupConfig();
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty && process.stdout.isTTY });
  const services = await createServices(config, logger);
  // Accounts are prepared while the app is built, and before the port opens.
  const accounts = prepareAccounts(services);
  const running = await startServer(services, { beforeListen: accounts });
  const demoCredentials = await accounts;
  // Straight to stdout, once: the logger would (rightly) redact the passwords.
  if (demoCredentials) process.stdout.write(formatDemoCredentials(demoCredentials));
  logger.info({ url: running.url, docs: `${running.url}/api/docs` }, "Slotted API listening");
  // WORKER_MODE=separate leaves jobs to `pnpm worker` processes.
  const worker = config.jobs.workerMode === "inline" ? await startWorker(services) : null;

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "received stop signal");
    // Shutdown stops the job queue before the database closes; the worker then closes its mailer.
    running
      .shutdown()
      .then(() => worker?.stop(config.server.shutdownTimeoutMs))
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Slotted failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
