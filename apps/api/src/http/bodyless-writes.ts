import type { RequestHandler } from "express";

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The REST adapter refuses any POST/PUT/PATCH without `Content-Type: application/json` (415), even
 * one whose operation takes no body (sign-out, revoking a session by its path). The document
 * rightly describes no body there, so a write that sends none is read as an empty JSON one.
 */
export const bodylessWritesAsJson: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (writeMethods.has(req.method) && !hasBody && req.headers["content-type"] === undefined) {
    req.headers["content-type"] = "application/json";
  }
  next();
};
