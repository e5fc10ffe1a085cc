import { ConfigError, loadConfig } from "@slotted/config";
import { formatDemoCredentials, prepareAccounts } from "@slotted/core";
import { createLogger } from "@slotted/logger";
import { createServices } from "./create-services.ts";
import { startServer } from "./server.ts";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line per problem, no stack: this is an operator's mistake, not a bug.
      process.stderr.write(`Slotted cannot start: invalid configuration\n${error.message.replace(/^/gm, "  ")}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty && process.stdout.isTTY });
  const services = await createServices(config, logger);
  // Accounts are prepared while the app is built, and before the port opens.
  const accounts = prepareAccounts(services);
  const running = await startServer(services, { beforeListen: accounts });
  const demoCredentials = await accounts;
  // Straight to stdout, once: the logger would (rightly) redact the passwords.
  if (demoCredentials) process.stdout.write(formatDemoCredentials(demoCredentials));
  logger.info({ url: running.url, docs: `${running.url}/api/docs` }, "Slotted API listening");

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "received stop signal");
    running.shutdown().then(
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
