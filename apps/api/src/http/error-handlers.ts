import { internalErrorMessage } from "@slotted/core";
import type { Logger } from "@slotted/logger";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { sendError } from "./send-error.ts";

/** Unknown routes answer JSON in the error shape, like everything else. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.locals.route ??= "unmatched";
  sendError(res, 404, "NOT_FOUND", `No route for ${req.method} ${req.path}`);
};

interface HttpishError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
}

/** Failures raised by express middleware (body parser, CORS) and anything unexpected. */
export function errorHandler(logger: Logger, bodyLimitBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const failure = (typeof error === "object" && error !== null ? error : {}) as HttpishError;
    if (failure.type === "entity.too.large") {
      sendError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${bodyLimitBytes} bytes`);
      return;
    }
    if (failure.type === "entity.parse.failed") {
      sendError(res, 400, "PARSE_ERROR", "The request body is not valid JSON");
      return;
    }
    if (failure.type === "encoding.unsupported" || failure.type === "charset.unsupported") {
      sendError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "The request body's encoding is not supported");
      return;
    }
    const status = failure.status ?? failure.statusCode;
    if (status && status >= 400 && status < 500 && failure.expose) {
      sendError(res, status, "BAD_REQUEST", "The request could not be understood");
      return;
    }
    logger.error({ err: error }, "unhandled error in HTTP pipeline");
    sendError(res, 500, "INTERNAL_SERVER_ERROR", internalErrorMessage);
  };
}
