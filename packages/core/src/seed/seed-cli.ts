import { ConfigError, loadConfig } from "@slotted/config";
import { createDatabase } from "@slotted/db";
import { createLogger } from "@slotted/logger";
import { ensureDemoAccounts, formatDemoCredentials } from "../accounts/demo-accounts.ts";
import { parseSeedArgs, SeedArgsError, seedUsage } from "./seed-args.ts";
import { seedDatabase } from "./run-seed.ts";

/**
 * `pnpm db:seed [--scale N]`: opens the configured database (PostgreSQL with DATABASE_URL, else
 * the embedded PGlite directory, migrated first), adds demo logins on an empty embedded database,
 * then seeds. Returns the process exit code.
 */
export async function runSeedCli(argv: readonly string[], write: (text: string) => void): Promise<number> {
  let args;
  let config;
  try {
    args = parseSeedArgs(argv);
    config = loadConfig();
  } catch (error) {
    if (error instanceof SeedArgsError || error instanceof ConfigError) {
      write(`${error.message}\n\n${seedUsage}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    write(seedUsage);
    return 0;
  }
  if (config.isProduction) {
    write("Refusing to seed: NODE_ENV is production. Seed data is for development and benchmarks.\n");
    return 1;
  }

  const logger = createLogger({ level: "warn" });
  write(`Seeding ${config.database.url ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${config.database.pgliteDataDir}`}\n`);
  const db = await createDatabase(config.database, { logger, migrate: true });
  write("database: migrations applied\n");
  try {
    const demo = await ensureDemoAccounts({ config, db, logger });
    const summary = await seedDatabase({ args, business: config.business, prisma: db.prisma, write });
    if (demo) write(formatDemoCredentials(demo));
    if (summary.accountsCreated > 0) {
      write(`The ${summary.accountsCreated} accounts created now share the password ${summary.password} (shown once).\n`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
