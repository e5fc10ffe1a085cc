import { ConfigError, loadConfig, type Config } from "@slotted/config";

/** The configuration, or one line per problem on stderr and exit 1: an operator's mistake, not a bug. */
export function loadStartupConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Slotted cannot start: invalid configuration\n${error.message.replace(/^/gm, "  ")}\n`);
      process.exit(1);
    }
    throw error;
  }
}
