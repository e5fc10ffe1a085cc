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

/** Answers 504 in the one error shape when a request runs longer than REQUEST_TIMEOUT_MS. */
export function requestTimeoutMiddleware(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(res, 504, "GATEWAY_TIMEOUT", `The request took longer than ${timeoutMs} ms and was stopped`);
      muzzle(res);
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.on("finish", clear);
    res.on("close", clear);
    next();
  };
}
