// Writes dist/pglite-template: an embedded database with every migration in prisma/migrations
// applied, so a first start on an empty data directory copies it instead of running initdb and
// the migrations in Wasm. Migrations added later are applied on top at start-up.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildPgliteTemplate, locateMigrationsDir } from "@slotted/db";

const apiRoot = path.resolve(import.meta.dirname, "..");

export async function buildTemplate({ outdir = path.join(apiRoot, "dist") }: { outdir?: string } = {}): Promise<void> {
  await buildPgliteTemplate({ templateDir: path.join(outdir, "pglite-template"), migrationsDir: locateMigrationsDir(apiRoot) });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildTemplate();
}
