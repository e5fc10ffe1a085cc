import { createHash, timingSafeEqual } from "node:crypto";
import type { AppServices } from "@slotted/core";
import type { Request, RequestHandler } from "express";
import { sendError } from "./send-error.ts";

const digest = (value: string) => createHash("sha256").update(value).digest();

function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

const isLoopback = (address: string | undefined) =>
  address !== undefined && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));

/**
 * Without a token, only a scraper on this host may read metrics. A request relayed by a proxy is
 * not local even when the proxy is, so any forwarding header disqualifies it.
 */
function isLocalClient(req: Request): boolean {
  if (req.headers["x-forwarded-for"] !== undefined || req.headers.forwarded !== undefined) return false;
  return isLoopback(req.socket.remoteAddress);
}

/**
 * `GET /metrics`: Prometheus text exposition. With METRICS_TOKEN set it needs
 * `Authorization: Bearer <token>` (compared in constant time, whatever the length); without it,
 * it answers loopback clients only (403 otherwise).
 */
export function metricsEndpoint(services: AppServices): RequestHandler {
  const token = services.config.observability.metricsToken;
  // Comparing fixed-length digests keeps the comparison constant-time even for a wrong-length guess.
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    res.locals.route = "/metrics";
    if (expected) {
      const presented = bearerToken(req.headers.authorization);
      if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
        sendError(res, 401, "UNAUTHORIZED", "Metrics need Authorization: Bearer <METRICS_TOKEN>");
        return;
      }
    } else if (!isLocalClient(req)) {
      sendError(res, 403, "FORBIDDEN", "Metrics are served to loopback clients only; set METRICS_TOKEN to scrape from elsewhere");
      return;
    }
    const body = await services.metrics.render();
    res.setHeader("Content-Type", services.metrics.contentType);
    res.setHeader("Cache-Control", "no-store");
    res.send(body);
  };
}
