import type { RequestHandler, Response } from "express";
import { sendError } from "./send-error.ts";

/** After a timeout has answered, later writes by the still-running handler must be dropped, not crash. */
function muzzle(res: Response): void {
  const ignore = () => res;
  res.setHeader = ignore;
  res.writeHead = ignore;
  res.write = () => true;
  res.end = ignore;
}

/** Why a request's work was told to stop: its 504 was sent, or its client went away. */
export class RequestAbandonedError extends Error {
  constructor(readonly reason: "timeout" | "client-gone") {
    super(reason === "timeout" ? "The request timed out and was answered with 504" : "The client closed the connection before the answer");
    this.name = "RequestAbandonedError";
  }
}

const signals = new WeakMap<Response, AbortSignal>();

/**
 * The abort signal of the request behind `res`, set by requestTimeoutMiddleware: aborted once
 * nobody will read the answer. Undefined for routes mounted before that middleware.
 */
export function requestAbortSignal(res: Response): AbortSignal | undefined {
  return signals.get(res);
}

/**
 * Answers 504 in the one error shape when a request runs longer than REQUEST_TIMEOUT_MS, and
 * aborts the request's signal then, or when the client disconnects first, so work can stop early.
 */
export function requestTimeoutMiddleware(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    signals.set(res, controller.signal);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(res, 504, "GATEWAY_TIMEOUT", `The request took longer than ${timeoutMs} ms and was stopped`);
      muzzle(res);
      controller.abort(new RequestAbandonedError("timeout"));
    }, timeoutMs);
    timer.unref();
    res.on("finish", () => clearTimeout(timer));
    res.on("close", () => {
      clearTimeout(timer);
      // Closed before the answer was fully written: the client is gone.
      if (!res.writableFinished) controller.abort(new RequestAbandonedError("client-gone"));
    });
    next();
  };
}
