// A migration-aware adapter factory on pglite-prisma-adapter 0.7.2 with its defects worked around
// (see README "Traps").
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { ensurePgliteParentDir, PGLITE_IN_MEMORY } from "../datasource-url.ts";
import { toDriverAdapterError } from "./driver-error.ts";
import { openFreshPglite } from "./fresh-pglite.ts";
import { AdapterTracker, type ManagedAdapterFactory } from "./managed-factory.ts";

import { pgliteExtensions } from "./pglite-extensions.ts";

export { pgliteExtensions };

function isInitialised(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "PG_VERSION"));
}

function isEmptyOrMissing(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * Opens PGlite on a data directory (parents created first) or, by default, in memory, with
 * `pgliteExtensions`. A new database starts from a cached fresh image rather than initdb.
 */
export async function openPglite(dataDir: string = PGLITE_IN_MEMORY): Promise<PGlite> {
  const options = { extensions: pgliteExtensions };
  if (dataDir.startsWith(PGLITE_IN_MEMORY)) return openFreshPglite(undefined, options);
  ensurePgliteParentDir(dataDir);
  if (!isInitialised(dataDir) && isEmptyOrMissing(dataDir)) return openFreshPglite(dataDir, options);
  return PGlite.create(dataDir, options);
}

/**
 * The adapter's executeScript does not await `exec()`: a failing migration becomes an unhandled
 * rejection while the engine records it as applied. Await it and report the error.
 */
async function runScript(pglite: PGlite, script: string): Promise<void> {
  try {
    await pglite.exec(script);
  } catch (error) {
    throw toDriverAdapterError(error);
  }
}

/**
 * The adapter runs every statement through the extended protocol, which takes one command at a
 * time; `prisma db execute` sends whole scripts as a parameterless executeRaw. Run those with the
 * simple protocol, as PostgreSQL's own adapter effectively does.
 */
async function executeRaw(pglite: PGlite, query: SqlQuery, viaAdapter: (query: SqlQuery) => Promise<number>): Promise<number> {
  if (query.args.length > 0) return viaAdapter(query);
  try {
    const results = await pglite.exec(query.sql);
    return results.reduce((total, result) => total + (result.affectedRows ?? 0), 0);
  } catch (error) {
    throw toDriverAdapterError(error);
  }
}

export interface PgliteAdapterFactoryOptions {
  pglite: PGlite;
  /** Close `pglite` on `close()`: only for an instance the engine opened itself. */
  ownsInstance?: boolean;
}

export function createPgliteAdapterFactory(options: PgliteAdapterFactoryOptions): ManagedAdapterFactory {
  const tracker = new AdapterTracker();

  async function wrap(pglite: PGlite, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPGlite(pglite).connect();
    const viaAdapter = adapter.executeRaw.bind(adapter);
    return tracker.track(
      Object.assign(adapter, {
        executeRaw: (query: SqlQuery) => executeRaw(pglite, query, viaAdapter),
        executeScript: (script: string) => runScript(pglite, script),
      }),
      afterDispose,
    );
  }

  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    // The adapter's own dispose leaves the PGlite open, which is what a caller-owned instance needs.
    connect: () => wrap(options.pglite),
    async connectToShadowDb() {
      // The adapter's shadow PGlite is never closed and holds Node for ~10 s; use one we close.
      const shadow = await openPglite();
      return wrap(shadow, () => shadow.close());
    },
    async close() {
      try {
        await tracker.disposeAll();
      } finally {
        if (options.ownsInstance && !options.pglite.closed) await options.pglite.close();
      }
    },
  };
}
