import type { TRPCError } from "@trpc/server";
import { errorCodes, type ErrorCodeValue } from "@slotted/validators";
import { ErrorDetails } from "./error-details.ts";
import { internalErrorMessage, validationIssues, validationMessage, type ErrorBody } from "./error-body.ts";

const documentedCodes: ReadonlySet<string> = new Set(errorCodes);
const isDocumented = (code: string): code is ErrorCodeValue => documentedCodes.has(code);

/** Builds the one error body from a TRPCError; never includes stacks or internal messages. */
export function errorBody(error: TRPCError, requestId: string): ErrorBody {
  // tRPC has codes Slotted never uses; should one surface, it is a bug, answered as such.
  if (error.code === "INTERNAL_SERVER_ERROR" || !isDocumented(error.code)) {
    return { code: "INTERNAL_SERVER_ERROR", message: internalErrorMessage, requestId };
  }
  // The REST adapter's own wording (`Unsupported content-type "text/plain`) says nothing about the fix.
  if (error.code === "UNSUPPORTED_MEDIA_TYPE") {
    return { code: error.code, message: "Send the body as JSON, with Content-Type: application/json", requestId };
  }
  const issues = error.code === "BAD_REQUEST" ? validationIssues(error.cause) : undefined;
  const details = error.cause instanceof ErrorDetails ? error.cause.details : {};
  if (issues) return { ...details, code: error.code, message: validationMessage(issues), requestId, issues };
  return { ...details, code: error.code, message: error.message, requestId };
}
