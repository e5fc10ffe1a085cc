// In-process migrations on the Wasm schema engine: what `prisma migrate deploy` does, without
// spawning the CLI (used at server start-up).
import type { PGlite } from "@electric-sql/pglite";
import type { ManagedAdapterFactory } from "./adapters/managed-factory.ts";
import { createPgAdapterFactory } from "./adapters/pg.ts";
import { createPgliteAdapterFactory } from "./adapters/pglite.ts";
import { CodedError } from "./coded-error.ts";
import { diagnoseConnectFailure } from "./database-admin.ts";
import { describeEngineError } from "./engine-errors.ts";
import { readMigrationsList } from "./migrations-list.ts";
import { createEngine } from "./wasm-engine.ts";

export {
  datasourceUrlFromEnv,
  ensurePgliteParentDir,
  isPgliteUrl,
  parseDatasourceUrl,
  pgliteDatasourceUrl,
  PGLITE_HOST,
  PGLITE_IN_MEMORY,
  type DatasourceEnv,
  type DatasourceTarget,
} from "./datasource-url.ts";
export { openPglite, pgliteExtensions } from "./adapters/pglite.ts";
export { CodedError } from "./coded-error.ts";

export type MigrationTarget = { kind: "postgres"; connectionString: string } | { kind: "pglite"; pglite: PGlite };

export interface ApplyMigrationsOptions {
  migrationsDir: string;
  log?: (msg: string) => void;
}

function factoryFor(target: MigrationTarget): ManagedAdapterFactory {
  // The caller's PGlite stays open: a data directory can be opened by only one instance.
  return target.kind === "postgres"
    ? createPgAdapterFactory({ connectionString: target.connectionString })
    : createPgliteAdapterFactory({ pglite: target.pglite, ownsInstance: false });
}

function engineLogMessage(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as { fields?: { message?: unknown } };
    return typeof parsed.fields?.message === "string" ? parsed.fields.message : undefined;
  } catch {
    return line.trim() || undefined;
  }
}

/**
 * Applies the migrations in `migrationsDir` that the database has not recorded yet, in name order,
 * exactly as `prisma migrate deploy` would. Rejects (with the database's message and a Prisma
 * error code where there is one) if a migration fails; that migration is then recorded as failed.
 */
export async function applyMigrations(target: MigrationTarget, options: ApplyMigrationsOptions): Promise<{ appliedMigrationNames: string[] }> {
  const { log } = options;
  const migrationsList = await readMigrationsList(options.migrationsDir);
  log?.(`${migrationsList.migrationDirectories.length} migration(s) found in ${migrationsList.baseDir}`);
  const factory = factoryFor(target);
  try {
    const { engine, bound } = await createEngine({
      datamodels: undefined,
      factory,
      log: (line) => {
        const message = engineLogMessage(line);
        if (message) log?.(message);
      },
    }).catch(async (error: unknown) => {
      throw target.kind === "postgres" ? await diagnoseConnectFailure(error, target.connectionString) : error;
    });
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
      return { appliedMigrationNames };
    } catch (error) {
      const failure = describeEngineError(error, bound.errorRegistry);
      throw new CodedError(failure.message, failure.errorCode);
    } finally {
      engine.free();
    }
  } finally {
    await factory.close();
  }
}
