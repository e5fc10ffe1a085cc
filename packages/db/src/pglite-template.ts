// A migrated PGlite data directory made at build time. A first start on an empty data directory
// copies it instead of running initdb and every migration in Wasm (about ten seconds), then
// applies only the migrations newer than the template through the usual runner.
import { existsSync, readdirSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { readLocalMigrations, type LocalMigration } from "./migration-state.ts";

/** What a template holds: the PGlite release that wrote it and the migrations applied to it. */
export interface PgliteTemplateManifest {
  pgliteVersion: string;
  migrations: LocalMigration[];
}

const manifestFile = "manifest.json";
const dataFolder = "data";
/** Present in a data directory only while a template is being copied into it. */
const copyingMarker = ".slotted-template-copying";
/** PGlite (like PostgreSQL) treats a directory with PG_VERSION as an existing database. */
const versionFile = "PG_VERSION";

/** The installed PGlite's version: a template written by another release is not used. */
export async function installedPgliteVersion(): Promise<string> {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its Wasm sits in dist/, beside which package.json is.
  const wasm = require.resolve("@electric-sql/pglite/pglite.wasm");
  const manifest = JSON.parse(await readFile(path.join(path.dirname(wasm), "..", "package.json"), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error("cannot read the installed PGlite version");
  return manifest.version;
}

/**
 * Creates a fresh PGlite database, applies every migration in `migrationsDir`, and leaves it in
 * `templateDir` (replaced whole, so a reader never sees a half-written template) with a manifest of
 * the migrations it holds, as recorded by the database itself.
 */
export async function buildPgliteTemplate({ templateDir, migrationsDir }: { templateDir: string; migrationsDir: string }): Promise<PgliteTemplateManifest> {
  const [{ PGlite }, { applyMigrations, pgliteExtensions }] = await Promise.all([import("@electric-sql/pglite"), import("@slotted/prisma-engine")]);
  const staging = `${templateDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const pglite = await PGlite.create(path.join(staging, dataFolder), { extensions: pgliteExtensions });
    let migrations: LocalMigration[];
    try {
      await applyMigrations({ kind: "pglite", pglite }, { migrationsDir });
      const { rows } = await pglite.query<LocalMigration>(
        "SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      );
      migrations = rows;
    } finally {
      await pglite.close();
    }
    const manifest: PgliteTemplateManifest = { pgliteVersion: await installedPgliteVersion(), migrations };
    await writeFile(path.join(staging, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(templateDir, { recursive: true, force: true });
    await cp(staging, templateDir, { recursive: true });
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Copies a directory tree, its ~1,000 files concurrently: fs.cp copies one file at a time, which
 * made the copy a second of a cold start on a busy machine.
 */
async function copyTree(from: string, to: string, include: (relative: string) => boolean): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const relative = (entry: { parentPath: string; name: string }) => path.relative(from, path.join(entry.parentPath, entry.name));
  const dirs = entries.filter((entry) => entry.isDirectory()).map(relative);
  // Sorted, so each parent exists before its children.
  for (const dir of dirs.sort()) await mkdir(path.join(to, dir), { recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map(relative).filter(include);
  await Promise.all(files.map((file) => copyFile(path.join(from, file), path.join(to, file))));
}

async function readManifest(templateDir: string): Promise<PgliteTemplateManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(templateDir, manifestFile), "utf8")) as Partial<PgliteTemplateManifest>;
    if (typeof manifest.pgliteVersion !== "string" || !Array.isArray(manifest.migrations)) return null;
    return { pgliteVersion: manifest.pgliteVersion, migrations: manifest.migrations };
  } catch {
    return null;
  }
}

export type TemplateUse = { used: true; migrations: number } | { used: false; reason: string };

/** Whether the data directory is new: absent, empty, or holding an interrupted template copy. */
function isNewDataDir(dataDir: string): boolean {
  if (!existsSync(dataDir)) return true;
  if (existsSync(path.join(dataDir, versionFile))) return false;
  return readdirSync(dataDir).length === 0 || existsSync(path.join(dataDir, copyingMarker));
}

/**
 * Fills a new data directory from the template when the template fits: written by the installed
 * PGlite, and every migration it holds is still in `migrationsDir` with the same checksum (a
 * template holding an edited or removed migration would silently keep the old schema). Migrations
 * newer than the template are left for the caller's migration run. Otherwise does nothing and
 * says why; the caller then creates the database the slow way.
 */
export async function seedDataDirFromTemplate({
  dataDir,
  templateDir,
  migrationsDir,
}: {
  dataDir: string;
  templateDir: string;
  migrationsDir: string;
}): Promise<TemplateUse> {
  if (!isNewDataDir(dataDir)) return { used: false, reason: "the data directory already holds a database" };
  const manifest = await readManifest(templateDir);
  if (!manifest) return { used: false, reason: `no template in ${templateDir}` };
  const [local, pgliteVersion] = await Promise.all([readLocalMigrations(migrationsDir), installedPgliteVersion()]);
  if (manifest.pgliteVersion !== pgliteVersion) {
    return { used: false, reason: `the template was written by PGlite ${manifest.pgliteVersion}, ${pgliteVersion} is installed` };
  }
  const localChecksums = new Map(local.map((migration) => [migration.name, migration.checksum]));
  const stale = manifest.migrations.find(({ name, checksum }) => localChecksums.get(name) !== checksum);
  if (stale) return { used: false, reason: `the template's migration ${stale.name} was changed or removed since it was built` };

  // PG_VERSION goes last and the marker goes first, so an interrupted copy is never mistaken for a
  // database and is simply redone by the next start.
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, copyingMarker), "");
  const source = path.join(templateDir, dataFolder);
  await copyTree(source, dataDir, (relative) => relative !== versionFile);
  await copyFile(path.join(source, versionFile), path.join(dataDir, versionFile));
  await unlink(path.join(dataDir, copyingMarker));
  return { used: true, migrations: manifest.migrations.length };
}
