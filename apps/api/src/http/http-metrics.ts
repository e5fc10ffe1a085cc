import { procedureCatalog, restBasePath, type AppServices } from "@slotted/core";
import { currentRequestContext } from "@slotted/logger";
import type { Request, RequestHandler } from "express";
import { routeTemplateOf } from "./access-log.ts";

/** `GET /api/v1/health/ready` → `health.ready`, from the procedures' OpenAPI metadata. */
function restProcedureIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of procedureCatalog.values()) {
    const openapi = entry.meta?.openapi;
    if (openapi) index.set(`${openapi.method} ${restBasePath}${openapi.path}`, entry.path);
  }
  return index;
}

/** The procedures a request ran, by their defined names only (never echoing the URL). */
function proceduresOf(req: Request, route: string, restIndex: Map<string, string>): string | undefined {
  if (route.startsWith("/trpc/")) {
    const pathname = req.originalUrl.split("?")[0] ?? "";
    const names = pathname
      .replace(/^\/trpc\//, "")
      .split(",")
      .filter((name) => procedureCatalog.has(name));
    return names.length > 0 ? names.join(",") : undefined;
  }
  return restIndex.get(`${req.method} ${route}`);
}

/**
 * Records every request in `http_requests_total` / `http_request_duration_seconds` (by route
 * template, never the raw URL) and the summary ring, and logs one warning for requests slower
 * than SLOW_REQUEST_MS. Mounted right after the access log, so it sees every answer.
 */
export function httpMetricsMiddleware(services: AppServices): RequestHandler {
  const { metrics, logger } = services;
  const slowMs = services.config.observability.slowRequestMs;
  const restIndex = restProcedureIndex();
  return (req, res, next) => {
    const started = performance.now();
    const scope = currentRequestContext();
    let recorded = false;
    const record = (aborted: boolean) => {
      if (recorded) return;
      recorded = true;
      const durationMs = performance.now() - started;
      const route = routeTemplateOf(res);
      // 499 (client closed request, as nginx logs it): the status the client never received is not the answer.
      const status = aborted ? 499 : res.statusCode;
      metrics.recordHttpRequest({ method: req.method, route, status, durationMs });
      if (durationMs >= slowMs) {
        const log = scope?.log ?? logger.child({ requestId: String(res.locals.requestId ?? "unknown") });
        const procedure = proceduresOf(req, route, restIndex);
        log.warn(
          { method: req.method, route, status, durationMs: Math.round(durationMs * 10) / 10, thresholdMs: slowMs, ...(procedure ? { procedure } : {}) },
          "slow request",
        );
      }
    };
    res.on("finish", () => record(false));
    res.on("close", () => record(!res.writableFinished));
    next();
  };
}
