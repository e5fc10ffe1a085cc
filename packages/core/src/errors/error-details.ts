/**
 * Extra, safe-to-show facts attached to an error (e.g. `remaining` capacity, `retryAfter`).
 * Carried as the TRPCError's cause so one formatter can put them in the response body.
 */
export class ErrorDetails extends Error {
  constructor(readonly details: Record<string, unknown>) {
    super("error details");
    this.name = "ErrorDetails";
  }
}
