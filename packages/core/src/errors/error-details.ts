import type { ErrorBodyFacts } from "@slotted/validators";

/**
 * Extra, safe-to-show facts attached to an error (e.g. `remaining` capacity, `retryAfter`).
 * Carried as the TRPCError's cause so one formatter can put them in the response body; typed
 * by the shared error schema, so only documented facts can be sent.
 */
export class ErrorDetails extends Error {
  constructor(readonly details: ErrorBodyFacts) {
    super("error details");
    this.name = "ErrorDetails";
  }
}
