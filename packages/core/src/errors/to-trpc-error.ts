import { TRPCError } from "@trpc/server";
import { isDatabaseUnavailable, isExclusionViolation, isRecordNotFound, isStatementCancelled, isTransactionTimeout, isUniqueViolation } from "@slotted/db";

/**
 * Turns failures that are not bugs into the error the caller should see; everything else
 * stays an internal error (generic message to the client, full detail to the log).
 */
export function toTRPCError(error: TRPCError): TRPCError {
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;
  const cause = error.cause;
  if (isUniqueViolation(cause)) {
    return new TRPCError({ code: "CONFLICT", message: "That conflicts with an existing record", cause });
  }
  // Domain code names what overlapped where it can; this is the fallback for any other overlap.
  if (isExclusionViolation(cause)) {
    return new TRPCError({ code: "CONFLICT", message: "That overlaps an existing booking of the same table; pick another table or time", cause });
  }
  if (isRecordNotFound(cause)) {
    return new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
  }
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The database is unavailable; try again shortly", cause });
  }
  // Bounded work (statement_timeout, the transaction timeout) gave up: the server is busy, not broken.
  if (isStatementCancelled(cause) || isTransactionTimeout(cause)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The database took too long to answer; try again shortly", cause });
  }
  // The request's signal fired (504 already sent, or the client left): nobody reads this answer.
  if (cause instanceof Error && (cause.name === "RequestAbandonedError" || cause.name === "AbortError")) {
    return new TRPCError({ code: "CLIENT_CLOSED_REQUEST", message: "The request was abandoned before it finished", cause });
  }
  return error;
}
