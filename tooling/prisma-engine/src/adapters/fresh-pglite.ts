// A fresh in-memory PGlite in a fraction of initdb's time. initdb takes 2–3 s and `migrate dev`
// asks for a shadow database several times per run, so the data directory of one freshly
// initialised instance is kept (in memory and in the OS temp dir) and later instances load it.
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";

let image: Promise<Blob | undefined> | undefined;

/** The image is only valid for the PGlite build that wrote it. */
function cacheFile(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    const { size, mtimeMs } = statSync(entry);
    const key = createHash("sha256").update(`${entry}:${size}:${mtimeMs}`).digest("hex").slice(0, 16);
    return path.join(os.tmpdir(), "slotted-prisma-engine", `pglite-fresh-${key}.tar`);
  } catch {
    return undefined;
  }
}

async function readCachedImage(file: string | undefined): Promise<Blob | undefined> {
  if (!file) return undefined;
  const bytes = await readFile(file).catch(() => undefined);
  return bytes ? new Blob([bytes]) : undefined;
}

async function writeCachedImage(file: string | undefined, blob: Blob): Promise<void> {
  if (!file) return;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // Only a cache: the next process pays for initdb again.
  }
}

async function buildImage(file: string | undefined): Promise<Blob | undefined> {
  const cached = await readCachedImage(file);
  if (cached) return cached;
  const pglite = await PGlite.create();
  try {
    const blob = await pglite.dumpDataDir("none");
    await writeCachedImage(file, blob);
    return blob;
  } finally {
    await pglite.close();
  }
}

/** The data directory of a freshly initialised PGlite, as a tarball (undefined if it cannot be made). */
export function freshPgliteImage(): Promise<Blob | undefined> {
  image ??= buildImage(cacheFile()).catch(() => undefined);
  return image;
}

/**
 * A new PGlite (in memory, or on a data directory that does not exist yet) started from the fresh
 * image instead of running initdb.
 */
export async function openFreshPglite(dataDir: string | undefined, options: PGliteOptions = {}): Promise<PGlite> {
  const loaded = await freshPgliteImage();
  if (loaded) {
    try {
      return await PGlite.create(dataDir, { ...options, loadDataDir: loaded });
    } catch {
      // A damaged or foreign cache file: fall back to initdb (and stop using the image).
      image = Promise.resolve(undefined);
    }
  }
  return PGlite.create(dataDir, options);
}
