import type { TRPCError } from "@trpc/server";
import { ErrorDetails } from "./error-details.ts";
import { internalErrorMessage, validationIssues, validationMessage, type ErrorBody } from "./error-body.ts";

/** Builds the one error body from a TRPCError; never includes stacks or internal messages. */
export function errorBody(error: TRPCError, requestId: string): ErrorBody {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return { code: error.code, message: internalErrorMessage, requestId };
  }
  const issues = error.code === "BAD_REQUEST" ? validationIssues(error.cause) : undefined;
  const details = error.cause instanceof ErrorDetails ? error.cause.details : {};
  if (issues) return { ...details, code: error.code, message: validationMessage(issues), requestId, issues };
  return { ...details, code: error.code, message: error.message, requestId };
}
