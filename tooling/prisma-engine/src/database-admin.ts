// Database-level operations answered without the Wasm engine (it has no create/drop): the
// `cli can-connect-to-database | create-database | drop-database` commands and the
// `createDatabase` RPC, for PostgreSQL and for PGlite data directories.
import { accessSync, constants, existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { openPglite } from "./adapters/pglite.ts";
import { CodedError } from "./coded-error.ts";
import { ensurePgliteParentDir, parseDatasourceUrl, PGLITE_IN_MEMORY } from "./datasource-url.ts";
import { checkConnection, createDatabase, dropDatabase } from "./pg-admin.ts";

function requireUrl(url: string | undefined): string {
  if (!url) throw new CodedError("No datasource URL was given to the schema engine (set datasource.url in prisma.config.ts).", null);
  return url;
}

function isPgliteDataDir(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "PG_VERSION"));
}

/**
 * A PGlite data directory "accepts connections" when it exists or can be created: PGlite
 * initialises a missing one on open, so there is nothing for the CLI to create first.
 */
function checkPgliteDataDir(dataDir: string): void {
  if (dataDir.startsWith(PGLITE_IN_MEMORY)) return;
  try {
    ensurePgliteParentDir(dataDir);
    accessSync(existsSync(dataDir) ? dataDir : path.dirname(dataDir), constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CodedError(`Cannot use \`${dataDir}\` as a PGlite data directory: ${reason}`, "P1010");
  }
}

export async function canConnectTo(url: string | undefined): Promise<void> {
  const target = parseDatasourceUrl(requireUrl(url));
  if (target.kind === "postgres") await checkConnection(target.connectionString);
  else checkPgliteDataDir(target.dataDir);
}

/** Creates the database the URL names and returns its name. */
export async function createDatabaseFor(url: string | undefined): Promise<string> {
  const target = parseDatasourceUrl(requireUrl(url));
  if (target.kind === "postgres") return createDatabase(target.connectionString);
  if (isPgliteDataDir(target.dataDir)) {
    throw new CodedError(`A PGlite database already exists at \`${target.dataDir}\``, "P1009");
  }
  const pglite = await openPglite(target.dataDir);
  await pglite.close();
  return path.basename(target.dataDir);
}

export async function dropDatabaseFor(url: string | undefined): Promise<void> {
  const target = parseDatasourceUrl(requireUrl(url));
  if (target.kind === "postgres") {
    await dropDatabase(target.connectionString);
    return;
  }
  if (target.dataDir.startsWith(PGLITE_IN_MEMORY)) return;
  if (!existsSync(target.dataDir)) {
    throw new CodedError(`Database \`${path.basename(target.dataDir)}\` does not exist at \`${target.dataDir}\`.`, "P1003");
  }
  // Never delete a directory that is not a PostgreSQL data directory.
  if (!isPgliteDataDir(target.dataDir)) {
    throw new CodedError(`\`${target.dataDir}\` is not a PGlite data directory (no PG_VERSION); not deleting it.`, null);
  }
  await rm(target.dataDir, { recursive: true, force: true });
}

/**
 * The Wasm engine's connection errors carry no Prisma code. If our own probe of the same URL
 * fails with one (P1001 unreachable, P1003 missing database, P1000 bad credentials), report that.
 */
export async function diagnoseConnectFailure(error: unknown, url: string | undefined): Promise<unknown> {
  if (error instanceof CodedError && error.errorCode) return error;
  return canConnectTo(url).then(
    () => error,
    (probeError: unknown) => (probeError instanceof CodedError && probeError.errorCode ? probeError : error),
  );
}
