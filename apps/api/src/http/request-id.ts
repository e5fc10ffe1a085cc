import { randomUUID } from "node:crypto";
import { runWithRequestContext, type Logger } from "@slotted/logger";
import type { RequestHandler } from "express";

const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's X-Request-ID only when it is a short, log-safe token; otherwise mints one. */
export function resolveRequestId(inbound: string | string[] | undefined): string {
  const candidate = Array.isArray(inbound) ? inbound[0] : inbound;
  return candidate && safeRequestId.test(candidate) ? candidate : randomUUID();
}

/**
 * First middleware: fixes the request ID, echoes it on the response before anything can fail,
 * and runs the rest of the request inside its AsyncLocalStorage scope.
 */
export function requestIdMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = resolveRequestId(req.headers["x-request-id"]);
    res.setHeader("X-Request-ID", requestId);
    res.locals.requestId = requestId;
    // No per-request child logger: the logger's mixin stamps the request ID on each line written,
    // so a request that logs nothing costs nothing.
    runWithRequestContext({ requestId, log: logger }, next);
  };
}
