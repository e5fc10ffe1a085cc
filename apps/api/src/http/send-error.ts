import type { ErrorBody } from "@slotted/core";
import { currentRequestContext } from "@slotted/logger";
import type { Response } from "express";

/** Writes the one error shape for failures that happen outside tRPC (routing, body parsing, timeouts). */
export function sendError(
  res: Response,
  status: number,
  code: ErrorBody["code"],
  message: string,
  extra: Partial<ErrorBody> = {},
): void {
  if (res.headersSent) return;
  const requestId = currentRequestContext()?.requestId ?? String(res.getHeader("x-request-id") ?? "unknown");
  const body: ErrorBody = { ...extra, code, message, requestId };
  res.status(status).type("application/json").send(JSON.stringify(body));
}
