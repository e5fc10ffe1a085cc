import { TRPCError } from "@trpc/server";
import { isDatabaseUnavailable, isRecordNotFound, isUniqueViolation } from "@slotted/db";

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
  if (isRecordNotFound(cause)) {
    return new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
  }
  if (isDatabaseUnavailable(cause)) {
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "The database is unavailable; try again shortly", cause });
  }
  return error;
}
