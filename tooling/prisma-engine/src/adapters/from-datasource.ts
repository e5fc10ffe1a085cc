import { parseDatasourceUrl } from "../datasource-url.ts";
import type { ManagedAdapterFactory } from "./managed-factory.ts";
import { createPgAdapterFactory } from "./pg.ts";
import { createPgliteAdapterFactory, openPglite } from "./pglite.ts";

/** What the CLI passes as `--datasource`. */
export interface DatasourceParam {
  url?: string | undefined;
  shadowDatabaseUrl?: string | undefined;
}

/**
 * The adapter factory for a datasource. Without a URL (e.g. `migrate diff` between schema files)
 * the engine still wants a database to connect to, so it gets an in-memory PGlite.
 */
export async function adapterFactoryFor(datasource: DatasourceParam): Promise<ManagedAdapterFactory> {
  if (!datasource.url) return createPgliteAdapterFactory({ pglite: await openPglite(), ownsInstance: true });
  const target = parseDatasourceUrl(datasource.url);
  if (target.kind === "postgres") {
    return createPgAdapterFactory({ connectionString: target.connectionString, shadowDatabaseUrl: datasource.shadowDatabaseUrl });
  }
  return createPgliteAdapterFactory({ pglite: await openPglite(target.dataDir), ownsInstance: true });
}
