import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import type { ErrorBody } from "@slotted/core";
import type { Logger } from "@slotted/logger";

/**
 * Requests Node refuses before express ever sees them (a request line or headers over the 16 kB
 * limit, malformed HTTP) still get the one error shape with a request ID, instead of Node's
 * bare `431`/`400` with an empty body. The connection is closed afterwards, as Node would.
 */
export function answerClientError(logger: Logger) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const requestId = randomUUID();
    const status = tooLarge ? 431 : 400;
    const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
    const body: ErrorBody = {
      code: tooLarge ? "REQUEST_HEADER_FIELDS_TOO_LARGE" : "BAD_REQUEST",
      message: tooLarge ? "The request's URL or headers are too large" : "The request is not valid HTTP",
      requestId,
    };
    const json = JSON.stringify(body);
    logger.warn({ requestId, errorCode: error.code, status }, "request refused before routing");
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nX-Request-ID: ${requestId}\r\nConnection: close\r\n\r\n${json}`,
    );
  };
}
