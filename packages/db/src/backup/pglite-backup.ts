import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@slotted/prisma-engine/pglite-extensions";
import { BackupError } from "./backup-error.ts";
import { backupTimestamp } from "./backup-file.ts";

/**
 * PGlite writes `postmaster.pid` while a data directory is open and removes it on a clean close.
 * Two PGlite instances on one directory corrupt it, so its presence stops backup and restore: the
 * server is running (or was killed, in which case starting and stopping it once clears the file).
 */
export function assertDataDirNotInUse(dataDir: string): void {
  if (existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new BackupError(
      `${dataDir} is in use (postmaster.pid exists): stop the Slotted server first. ` +
        `If no server is running, the last one was killed; start and stop it once to close the data directory cleanly.`,
    );
  }
}

function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/** PGlite's own dump: a gzipped tar of the whole data directory, taken with the server stopped. */
export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!isNonEmptyDir(dataDir)) throw new BackupError(`${dataDir} holds no PGlite database to back up.`);
  assertDataDirNotInUse(dataDir);
  const pglite = await PGlite.create(dataDir, { extensions: pgliteExtensions });
  try {
    const dump = await pglite.dumpDataDir("gzip");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

export interface PgliteRestoreOptions {
  /** Replace an existing data directory; without it a non-empty one is refused. */
  force?: boolean;
}

export interface PgliteRestoreResult {
  /** Where the replaced data directory was moved (kept, never deleted), if there was one. */
  previousDataDir: string | undefined;
}

/**
 * Loads the dump into a fresh directory next to the data directory, checks it opens and answers,
 * then swaps it in. The replaced directory is moved aside, never deleted, so a wrong restore can
 * be undone by moving it back.
 */
export async function restorePglite(dataDir: string, file: string, options: PgliteRestoreOptions = {}): Promise<PgliteRestoreResult> {
  const occupied = isNonEmptyDir(dataDir);
  if (occupied) {
    assertDataDirNotInUse(dataDir);
    if (!options.force) {
      throw new BackupError(`${dataDir} already holds a database. Pass --force to replace it (the current one is moved aside, not deleted).`);
    }
  }
  const stamp = backupTimestamp();
  const staging = `${dataDir}.restoring-${stamp}`;
  await mkdir(path.dirname(dataDir), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    const loadDataDir = new Blob([await readFile(file)]);
    const pglite = await PGlite.create(staging, { loadDataDir, extensions: pgliteExtensions });
    try {
      await pglite.query("SELECT 1");
    } finally {
      await pglite.close();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  let previousDataDir: string | undefined;
  if (existsSync(dataDir)) {
    previousDataDir = `${dataDir}.before-restore-${stamp}`;
    await rename(dataDir, previousDataDir);
  }
  await rename(staging, dataDir);
  return { previousDataDir };
}
