import { restBasePath } from "@slotted/core";
import compression from "compression";
import type { Request, RequestHandler, Response } from "express";

/** Below 1 kB, gzip's header and dictionary cost more than they save. */
const thresholdBytes = 1024;

/** Procedures whose answers carry a credential: session tokens (auth.*) and temporary passwords. */
const secretProcedures = (procedure: string) => procedure.startsWith("auth.") || procedure === "users.createMany";
const secretRestPaths = (path: string) => path.startsWith(`${restBasePath}/auth/`) || path === `${restBasePath}/admin/users/bulk`;

/**
 * BREACH: when a compressed body holds a secret next to text an attacker chose, the compressed
 * size leaks the secret a guess at a time. So an answer that carries a credential (a session
 * token, a temporary password, a Set-Cookie) is never compressed; such answers are small anyway.
 * Lists, the docs page, the OpenAPI document, static assets and metrics hold no secret and are.
 */
export function carriesSecret(req: Request, res: Response): boolean {
  if (res.getHeader("set-cookie") !== undefined) return true;
  // originalUrl: inside a mounted router (/trpc, /api/v1) req.url has lost its prefix.
  const path = req.originalUrl.split("?", 1)[0] ?? "";
  const decoded = decodedPath(path);
  if (decoded === undefined) return true;
  if (decoded.startsWith("/trpc/")) return decoded.slice("/trpc/".length).split(",").some(secretProcedures);
  return secretRestPaths(decoded);
}

/** The path as the routers will read it; undefined when it is malformed (then nothing is compressed). */
function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Compresses what is safe to compress (see `carriesSecret`), when the client accepts it. A request
 * without Accept-Encoding is answered as is by compression anyway (identity), so it skips
 * compression's per-response hooks (a wrapped writeHead, write and end); its answer then carries
 * no `Vary: Accept-Encoding`, which only tells caches an encoded variant may exist.
 */
export function responseCompression(): RequestHandler {
  const compress = compression({
    threshold: thresholdBytes,
    filter: (req, res) => !carriesSecret(req, res) && compression.filter(req, res),
  });
  return (req, res, next) => {
    if (req.headers["accept-encoding"] === undefined) {
      next();
      return;
    }
    compress(req, res, next);
  };
}
