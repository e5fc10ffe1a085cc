import type { TRPCError } from "@trpc/server";
import { appError, validationMessage, type ErrorIssue } from "../errors/index.ts";

/**
 * A 400 for rules zod cannot know (they depend on config or the clock), in the same shape as a
 * schema failure: `issues: [{ path, message }]` and a message naming the first field.
 */
export function invalidBookingInput(issues: ErrorIssue[]): TRPCError {
  return appError("BAD_REQUEST", validationMessage(issues), { issues });
}
