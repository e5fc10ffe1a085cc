import type { Meta } from "./trpc.ts";
import { appRouter } from "./root.ts";

export interface ProcedureEntry {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: Meta | undefined;
}

interface ProcedureDefinition {
  _def: { type: ProcedureEntry["type"]; meta?: Meta };
}

/** Every procedure by dotted path, with its metadata; used for route templates and docs. */
export const procedureCatalog: ReadonlyMap<string, ProcedureEntry> = new Map(
  Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDefinition>).map(([path, procedure]) => [
    path,
    { path, type: procedure._def.type, meta: procedure._def.meta },
  ]),
);

/** The route template a procedure was reached by, e.g. `GET /api/v1/bookings/{id}` or `/trpc/bookings.byId`. */
export function routeTemplate(source: "trpc" | "rest", paths: readonly string[] | undefined, restBase: string): string {
  if (!paths || paths.length === 0) return source === "trpc" ? "/trpc/unknown" : `${restBase}/unknown`;
  if (source === "trpc") {
    if (paths.length > 1) return "/trpc/batch";
    const [path] = paths;
    return path && procedureCatalog.has(path) ? `/trpc/${path}` : "/trpc/unknown";
  }
  const openapi = paths[0] ? procedureCatalog.get(paths[0])?.meta?.openapi : undefined;
  return openapi ? `${restBase}${openapi.path}` : `${restBase}/unknown`;
}
