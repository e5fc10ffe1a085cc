import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { ErrorBodyFacts, ErrorCodeValue } from "@slotted/validators";
import { ErrorDetails } from "./error-details.ts";

/** The documented codes a procedure can fail with (the HTTP layer adds a few of its own). */
export type ErrorCode = Extract<ErrorCodeValue, TRPC_ERROR_CODE_KEY>;

/** The one way domain code reports a failure the caller can act on. */
export function appError(code: ErrorCode, message: string, details?: ErrorBodyFacts): TRPCError {
  return new TRPCError({ code, message, cause: details ? new ErrorDetails(details) : undefined });
}

export const notFound = (what: string) => appError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string, details?: ErrorBodyFacts) => appError("CONFLICT", message, details);
export const forbidden = (message = "You do not have permission to do that") => appError("FORBIDDEN", message);
export const unauthorized = (message = "Sign in to continue") => appError("UNAUTHORIZED", message);
