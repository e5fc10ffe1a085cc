import { currentRequestContext, type Logger } from "@slotted/logger";
import type { RequestHandler } from "express";

/** Route template for logs and metrics: never the raw URL, so IDs and junk paths add no cardinality. */
export function routeTemplateOf(res: { locals: Record<string, unknown> }): string {
  return typeof res.locals.route === "string" ? res.locals.route : "unmatched";
}

/**
 * One line per request, written when the response finishes (or the client goes away). The line
 * holds only fields this middleware chose (method, route template, status, IDs), none of which can
 * carry a secret, so it is written by a child without redaction: pino's wildcard redact paths
 * otherwise walk every field of every access line.
 */
export function accessLogMiddleware(logger: Logger): RequestHandler {
  const log = logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = performance.now();
    const scope = currentRequestContext();
    let logged = false;
    const write = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      // Authentication writes the user into the request scope; read it at the end.
      const userId = scope?.userId;
      log.info(
        {
          // Named here too: a client that goes away closes the socket outside the request's scope.
          requestId: scope?.requestId ?? res.locals.requestId,
          method: req.method,
          route: routeTemplateOf(res),
          status: res.statusCode,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(userId ? { userId } : {}),
          ...(aborted ? { aborted: true } : {}),
        },
        "request completed",
      );
    };
    res.on("finish", () => write(false));
    res.on("close", () => write(!res.writableFinished));
    next();
  };
}
