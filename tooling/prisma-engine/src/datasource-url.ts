// One definition of how a datasource URL names an embedded PGlite data directory. Kept free of
// heavy imports: prisma.config.ts loads this file on every CLI command.
import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Prisma's CLI only accepts postgres:// or postgresql:// URLs for `provider = "postgresql"`, so a
 * PGlite data directory is named by this marker host: `postgresql://pglite/?dataDir=/abs/path`.
 */
export const PGLITE_HOST = "pglite";

/** A `dataDir` of `memory://` (or one starting with it) opens an in-memory PGlite. */
export const PGLITE_IN_MEMORY = "memory://";

export type DatasourceTarget = { kind: "postgres"; connectionString: string } | { kind: "pglite"; dataDir: string };

/** The datasource URL for a PGlite data directory (made absolute against the working directory). */
export function pgliteDatasourceUrl(dataDir: string): string {
  const dir = dataDir.startsWith(PGLITE_IN_MEMORY) ? dataDir : path.resolve(dataDir);
  // Slashes stay readable; everything else that is special in a query string is escaped.
  const encoded = encodeURIComponent(dir).replaceAll("%2F", "/");
  return `postgresql://${PGLITE_HOST}/?dataDir=${encoded}`;
}

export function isPgliteUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return isPostgresProtocol(parsed.protocol) && parsed.hostname === PGLITE_HOST;
  } catch {
    return false;
  }
}

function isPostgresProtocol(protocol: string): boolean {
  return protocol === "postgresql:" || protocol === "postgres:";
}

/** Which database a datasource URL names. Throws on anything that is not a PostgreSQL URL. */
export function parseDatasourceUrl(url: string): DatasourceTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("The datasource URL is not a valid URL (expected postgresql://…)");
  }
  if (!isPostgresProtocol(parsed.protocol)) {
    throw new Error(`Unsupported datasource protocol "${parsed.protocol}" (expected postgresql:// or postgres://)`);
  }
  if (parsed.hostname !== PGLITE_HOST) return { kind: "postgres", connectionString: url };
  const dataDir = parsed.searchParams.get("dataDir");
  if (!dataDir) {
    throw new Error(`A PGlite datasource URL needs a data directory: postgresql://${PGLITE_HOST}/?dataDir=/abs/path`);
  }
  return { kind: "pglite", dataDir: dataDir.startsWith(PGLITE_IN_MEMORY) ? dataDir : path.resolve(dataDir) };
}

/** PGlite creates only the last folder of its data path, so its parents must exist first. */
export function ensurePgliteParentDir(dataDir: string): void {
  if (dataDir.startsWith(PGLITE_IN_MEMORY)) return;
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
}

export interface DatasourceEnv {
  DATABASE_URL?: string | undefined;
  PGLITE_DATA_DIR?: string | undefined;
}

/**
 * DATABASE_URL when set; otherwise the PGlite URL for PGLITE_DATA_DIR (relative to `baseDir`) or
 * `defaultDataDir`, with its parent directories created.
 */
export function datasourceUrlFromEnv(env: DatasourceEnv, options: { baseDir: string; defaultDataDir: string }): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const configured = env.PGLITE_DATA_DIR || options.defaultDataDir;
  const dataDir = configured.startsWith(PGLITE_IN_MEMORY) ? configured : path.resolve(options.baseDir, configured);
  ensurePgliteParentDir(dataDir);
  return pgliteDatasourceUrl(dataDir);
}
