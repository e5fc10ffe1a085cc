import { z } from "zod";
import { bookingStatus } from "./bookings.ts";

/** Every `code` an error body can carry, over tRPC and REST alike. */
export const errorCodes = [
  "BAD_REQUEST",
  "PARSE_ERROR",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_SUPPORTED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "REQUEST_HEADER_FIELDS_TOO_LARGE",
  "TOO_MANY_REQUESTS",
  "CLIENT_CLOSED_REQUEST",
  "INTERNAL_SERVER_ERROR",
  "SERVICE_UNAVAILABLE",
  "GATEWAY_TIMEOUT",
] as const;
export const errorCode = z.enum(errorCodes);
export type ErrorCodeValue = z.infer<typeof errorCode>;

export const errorIssue = z
  .strictObject({
    path: z.string().meta({ description: "Dotted field path, e.g. `users.3.email`; empty for the input as a whole" }),
    message: z.string(),
  })
  .meta({ id: "ErrorIssue" });
export type ErrorIssue = z.infer<typeof errorIssue>;

/**
 * The one error shape every client sees. Facts a caller can act on ride along as optional
 * fields; the schema is strict, so a new fact has to be added here (and so to the OpenAPI
 * document) before the server can send it.
 */
export const errorBody = z
  .strictObject({
    code: errorCode,
    message: z.string().meta({ description: "What went wrong and what to do next, in words a person can act on" }),
    requestId: z.string().meta({ description: "Also in the `X-Request-ID` header; quote it to support" }),
    issues: z.array(errorIssue).optional().meta({ description: "Every invalid field (validation errors)" }),
    field: z.string().optional().meta({ description: "The input field a conflict is about" }),
    retryAfter: z.number().int().nonnegative().optional().meta({ description: "Seconds to wait before retrying (429)" }),
    remaining: z.number().int().nonnegative().optional().meta({ description: "Places still free in the requested slot (409)" }),
    currentStatus: bookingStatus.optional().meta({ description: "The booking's status when a transition was refused (409)" }),
    allowed: z.array(bookingStatus).optional().meta({ description: "The statuses the booking may move to from `currentStatus`" }),
    currentVersion: z.number().int().optional().meta({ description: "The booking's version now; reload and retry (409)" }),
    rows: z
      .array(z.strictObject({ index: z.number().int().nonnegative(), field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "Rows of a bulk request that conflict, by index (409)" }),
  })
  .meta({ id: "ErrorBody", description: "The error shape of every non-2xx answer" });
export type ErrorBody = z.infer<typeof errorBody>;

/** The optional facts an error may carry beside its code, message and request ID. */
export type ErrorBodyFacts = Omit<ErrorBody, "code" | "message" | "requestId">;
