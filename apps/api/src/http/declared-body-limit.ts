import { activeLogger, type Logger } from "@slotted/logger";
import type { RequestHandler } from "express";
import { sendError } from "./send-error.ts";

/**
 * A request whose `Content-Length` already says the body cannot fit is answered 413 as soon as its
 * headers arrive, instead of waiting for (or timing out on) a body nobody will read, and the
 * connection is closed after the answer. Chunked bodies have no length up front; the JSON parser's
 * own limit refuses those once they pass BODY_LIMIT_BYTES.
 */
export function declaredBodyLimit(limitBytes: number, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers["content-length"]);
    // Node already refuses a malformed Content-Length with 400 before any middleware runs.
    if (!(declared > limitBytes)) {
      next();
      return;
    }
    activeLogger(logger).warn({ refused: "body-too-large", declaredBytes: declared, limitBytes }, "request refused: declared body over the limit");
    res.setHeader("Connection", "close");
    sendError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${limitBytes} bytes`);
  };
}
