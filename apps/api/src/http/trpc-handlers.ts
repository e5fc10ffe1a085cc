import {
  appRouter,
  createContextFactory,
  procedureCatalog,
  restBasePath,
  routeTemplate,
  type AppServices,
  type Context,
  type RequestSource,
} from "@slotted/core";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { Request, RequestHandler, Response } from "express";
import { createOpenApiExpressMiddleware } from "trpc-to-openapi";
import { requestAbortSignal } from "./request-timeout.ts";

/** REST answers 201 Created for a create (`meta.creates`); a handler's own status (a replay's 200) wins. */
function createdStatus(paths: readonly string[] | undefined): number | undefined {
  const path = paths?.length === 1 ? paths[0] : undefined;
  return path && procedureCatalog.get(path)?.meta?.creates ? 201 : undefined;
}

/**
 * Context creation shared by both adapters, remembering which response each context belongs
 * to so `responseMeta` can record the route template and apply status overrides.
 */
function contextBinding(services: AppServices, source: RequestSource) {
  const makeContext = createContextFactory(services, source);
  const responses = new WeakMap<Context, Response>();
  return {
    createContext: ({ req, res, info }: { req: Request; res: Response; info?: { calls: readonly { path: string }[] } }) => {
      const ctx = makeContext({ req, res, info, signal: requestAbortSignal(res) });
      responses.set(ctx, res);
      return ctx;
    },
    responseMeta: ({ ctx, paths, errors }: { ctx?: Context; paths?: readonly string[]; errors: readonly unknown[] }) => {
      const res = ctx ? responses.get(ctx) : undefined;
      if (res) res.locals.route = routeTemplate(source, paths, restBasePath);
      if (errors.length > 0) return {};
      const status = ctx?.response.status ?? (source === "rest" ? createdStatus(paths) : undefined);
      return status ? { status } : {};
    },
  };
}

/** `/trpc`: the typed client's endpoint, with server-side batching limits. */
export function trpcHandler(services: AppServices): RequestHandler {
  const binding = contextBinding(services, "trpc");
  const handler = createExpressMiddleware({
    router: appRouter,
    createContext: binding.createContext,
    responseMeta: binding.responseMeta,
    maxBatchSize: services.config.http.trpcMaxBatchSize,
    allowBatching: true,
    onError: ({ error, path }) => {
      // Procedure failures are logged by the call-scope middleware; these never reached one.
      if (!path) services.logger.info({ code: error.code }, "tRPC request rejected before any procedure ran");
    },
  });
  return (req, res, next) => {
    const paths = req.path.replace(/^\//, "").split(",");
    res.locals.route = routeTemplate("trpc", paths, restBasePath);
    void handler(req, res, next);
  };
}

/** `/api/v1`: the same procedures as REST endpoints, described by the OpenAPI document. */
export function restHandler(services: AppServices): RequestHandler {
  const binding = contextBinding(services, "rest");
  const handler = createOpenApiExpressMiddleware({
    router: appRouter,
    createContext: binding.createContext,
    responseMeta: binding.responseMeta,
    maxBodySize: services.config.http.bodyLimitBytes,
  });
  return (req, res) => {
    res.locals.route = `${restBasePath}/unmatched`;
    void handler(req, res);
  };
}
