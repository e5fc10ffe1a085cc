import type { ErrorBody } from "@slotted/core";
import type { RequestHandler } from "express";

interface FormattedTrpcError {
  data?: ErrorBody & { httpStatus?: number; path?: string };
}

/**
 * The REST adapter wraps tRPC's error shape in its own body; lift our `{ code, message,
 * requestId, issues? }` (built by the tRPC error formatter) to the top, so REST and tRPC
 * clients see the same error shape.
 */
export const restErrorShape: RequestHandler = (_req, res, next) => {
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => typeof res;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (res.statusCode >= 400 && typeof chunk === "string") {
      try {
        const parsed = JSON.parse(chunk) as FormattedTrpcError;
        if (parsed.data?.requestId) {
          const { httpStatus: _status, path: _path, ...body } = parsed.data;
          return end(JSON.stringify(body), ...rest);
        }
      } catch {
        // not JSON: leave it alone
      }
    }
    return end(chunk, ...rest);
  }) as typeof res.end;
  next();
};
