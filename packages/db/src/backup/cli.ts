/**
 * `pnpm db:backup [file]` and `pnpm db:restore <file> [--force]`: PostgreSQL through pg_dump and
 * pg_restore when DATABASE_URL is set, otherwise PGlite's own data-directory dump. Reads the same
 * environment as the server, through @slotted/config.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig, type Config } from "@slotted/config";
import { BackupError } from "./backup-error.ts";
import { defaultBackupPath, detectBackupFormat } from "./backup-file.ts";
import { backupPglite, restorePglite } from "./pglite-backup.ts";
import { backupPostgres, describeDatabaseUrl, restorePostgres } from "./postgres-backup.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);

async function backup(database: Config["database"], fileArgument: string | undefined): Promise<void> {
  if (database.url) {
    const file = fileArgument ? path.resolve(fileArgument) : defaultBackupPath("pg_dump");
    say(`Backing up ${describeDatabaseUrl(database.url)} with pg_dump (custom format) to ${file}`);
    await backupPostgres(database.url, file);
    say(`Backup written: ${file}`);
  } else {
    const file = fileArgument ? path.resolve(fileArgument) : defaultBackupPath("pglite");
    say(`Backing up the embedded PGlite data directory ${database.pgliteDataDir} to ${file}`);
    await backupPglite(database.pgliteDataDir, file);
    say(`Backup written: ${file}`);
  }
}

async function restore(database: Config["database"], fileArgument: string | undefined, force: boolean): Promise<void> {
  if (!fileArgument) throw new BackupError("name the backup to restore: pnpm db:restore <file> [--force]");
  const file = path.resolve(fileArgument);
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const format = await detectBackupFormat(file);
  const mode = database.url ? "pg_dump" : "pglite";
  if (format !== mode) {
    const described = format === "pg_dump" ? "a pg_dump backup" : format === "pglite" ? "a PGlite backup" : "not a Slotted backup";
    throw new BackupError(
      `${file} is ${described}, but this environment uses ${database.url ? "PostgreSQL (DATABASE_URL is set)" : "embedded PGlite (DATABASE_URL is unset)"}.`,
    );
  }
  if (database.url) {
    say(
      `Restoring ${file} into ${describeDatabaseUrl(database.url)} with pg_restore --clean --if-exists --no-owner in one transaction` +
        (force ? " (--force: existing objects the backup contains are dropped and replaced)" : ""),
    );
    await restorePostgres(database.url, file, { force });
  } else {
    say(`Restoring ${file} into the embedded PGlite data directory ${database.pgliteDataDir}` + (force ? " (--force: the current directory is moved aside)" : ""));
    const { previousDataDir } = await restorePglite(database.pgliteDataDir, file, { force });
    if (previousDataDir) say(`The replaced data directory was kept at ${previousDataDir}`);
  }
  say("Restore finished. Start the server; it applies any migrations newer than the backup.");
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const args = rest.filter((arg) => arg !== "--");
  const force = args.includes("--force");
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--force");
  if (unknown.length > 0) throw new BackupError(`unknown option ${unknown.join(", ")}`);
  const file = args.find((arg) => !arg.startsWith("--"));
  const { database } = loadConfig();
  if (command === "backup") await backup(database, file);
  else if (command === "restore") await restore(database, file, force);
  else throw new BackupError("usage: cli.ts backup [file] | cli.ts restore <file> [--force]");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Operator mistakes get one line, no stack; anything else is a bug and keeps its stack.
  const known = error instanceof BackupError || error instanceof ConfigError;
  process.stderr.write(`${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
