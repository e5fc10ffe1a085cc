import type { ErrorBody } from "@slotted/validators";
import type { ExampleObject } from "./document-types.ts";

// Realistic bodies for the docs page and for generated clients' docs. `redocly lint` validates
// each one against its schema (no-invalid-media-type-examples), so they cannot drift silently.

const requestId = "6f1c2a9e-3b7d-4e58-9a0c-2d4b8e7f1a35";

const booking = {
  id: "0193a5e2-7c4b-7d2e-9f3a-5b8c1d2e4f60",
  reference: "SLT-7KQ2MD",
  date: "2026-12-12",
  time: "19:30",
  endTime: "21:30",
  durationMinutes: 120,
  partySize: 4,
  status: "CONFIRMED",
  contactName: "Ada Lovelace",
  contactEmail: "ada@example.com",
  contactPhone: "+442071838750",
  specialRequests: "A table by the window if there is one",
  cancelledAt: null,
  cancelReason: null,
  version: 1,
  createdAt: "2026-11-30T09:12:44.512Z",
  updatedAt: "2026-11-30T09:12:44.512Z",
  feedback: null,
  ratingOpenUntil: null,
};

const user = {
  id: "0193a5e1-2f6d-7a81-b3c4-6e9d0f1a2b3c",
  email: "ada@example.com",
  name: "Ada Lovelace",
  role: "CUSTOMER",
  isActive: true,
  emailVerifiedAt: null,
  lastLoginAt: "2026-11-30T09:10:02.118Z",
  deletedAt: null,
  createdAt: "2026-11-30T09:10:02.118Z",
};

const signedIn = { user, token: "v3kq8m2n5p7r9t1w4y6z0b3d5f7h9j2l", expiresAt: "2026-12-30T09:10:02.118Z" };

const errorExample = (summary: string, body: Omit<ErrorBody, "requestId">): ExampleObject => ({
  summary,
  value: { ...body, requestId },
});

/** Examples every operation's response with that status shares, so no error shows placeholders. */
export const sharedErrorExamples: Partial<Record<number, Record<string, ExampleObject>>> = {
  400: {
    invalidInput: errorExample("A validation error", {
      code: "BAD_REQUEST",
      message: "perPage: Too big: expected number to be <=100",
      issues: [{ path: "perPage", message: "Too big: expected number to be <=100" }],
    }),
  },
  401: {
    signedOut: errorExample("No session, or it expired", {
      code: "UNAUTHORIZED",
      message: "Sign in to continue: the session is missing, expired or revoked",
    }),
  },
  403: {
    roleTooLow: errorExample("The role lacks the permission", { code: "FORBIDDEN", message: "This needs the bookings:read-all permission (STAFF or ADMIN)" }),
  },
  404: { notFound: errorExample("No such record", { code: "NOT_FOUND", message: "Booking not found" }) },
  409: {
    staleVersion: errorExample("Changed since it was read", {
      code: "CONFLICT",
      message: "This booking changed since you loaded it; reload it and try again",
      currentVersion: 3,
    }),
  },
  413: {
    tooLarge: errorExample("The body is too large", { code: "PAYLOAD_TOO_LARGE", message: "The request body is larger than 102400 bytes" }),
  },
  415: {
    notJson: errorExample("The body is not JSON", {
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the body as JSON, with Content-Type: application/json",
    }),
  },
  429: {
    rateLimited: errorExample("Rate limited", {
      code: "TOO_MANY_REQUESTS",
      message: "Too many requests: try again in 17 seconds",
      retryAfter: 17,
    }),
  },
  500: {
    unexpected: errorExample("An unexpected error", {
      code: "INTERNAL_SERVER_ERROR",
      message: "Something went wrong on our side. Quote the request ID if you contact support.",
    }),
  },
  503: {
    databaseDown: errorExample("The database is unavailable", {
      code: "SERVICE_UNAVAILABLE",
      message: "The database is unavailable; try again shortly",
    }),
  },
  504: {
    tooSlow: errorExample("The request ran too long", {
      code: "GATEWAY_TIMEOUT",
      message: "The request took longer than 30000 ms and was stopped",
    }),
  },
};

interface OperationExamples {
  request?: Record<string, ExampleObject>;
  responses?: Partial<Record<number, Record<string, ExampleObject>>>;
}

/** Examples of the main operations, by operationId; they take precedence over the shared ones. */
export const operationExamples: Record<string, OperationExamples> = {
  "bookings-create": {
    request: {
      tableForFour: {
        summary: "A table for four",
        value: { date: "2026-12-12", time: "19:30", partySize: 4, contactPhone: "+44 20 7183 8750", specialRequests: "A table by the window if there is one" },
      },
    },
    responses: {
      201: { created: { summary: "The new booking", value: booking } },
      200: { replayed: { summary: "The same booking, replayed for a repeated Idempotency-Key", value: booking } },
      400: {
        invalidInput: errorExample("A validation error", {
          code: "BAD_REQUEST",
          message: "partySize: must be at most 50 (and 1 more problem)",
          issues: [
            { path: "partySize", message: "must be at most 50" },
            { path: "time", message: "must start on a 30-minute slot (e.g. 17:00)" },
          ],
        }),
      },
      409: {
        slotFull: errorExample("The slot lacks room", {
          code: "CONFLICT",
          message: "Only 2 places are left at that time, not enough for 4",
          remaining: 2,
        }),
        keyReused: errorExample("An Idempotency-Key reused with a different body", {
          code: "CONFLICT",
          message: "This Idempotency-Key was already used for a different booking request; use a new key",
          field: "idempotencyKey",
        }),
      },
    },
  },
  "bookings-byId": {
    responses: {
      200: { booking: { summary: "One of your bookings", value: booking } },
      404: { notYours: errorExample("Not found (or not yours)", { code: "NOT_FOUND", message: "Booking not found" }) },
    },
  },
  "bookings-list": {
    responses: {
      200: {
        firstPage: {
          summary: "The first page of your bookings",
          value: { items: [booking], total: 1, totalIsExact: true, page: 1, perPage: 20, totalPages: 1, hasNext: false, hasPrev: false },
        },
      },
    },
  },
  "auth-register": {
    request: { newCustomer: { summary: "A new customer", value: { email: "ada@example.com", password: "copper-meadow-signal-2026", name: "Ada Lovelace" } } },
    responses: {
      201: { signedIn: { summary: "The account, signed in", value: signedIn } },
      409: { emailTaken: errorExample("The email has an account", { code: "CONFLICT", message: "An account with this email already exists" }) },
    },
  },
  "auth-login": {
    request: { credentials: { summary: "Email and password", value: { email: "ada@example.com", password: "copper-meadow-signal-2026" } } },
    responses: {
      200: { signedIn: { summary: "Signed in", value: signedIn } },
      401: { wrongPassword: errorExample("Wrong email or password", { code: "UNAUTHORIZED", message: "The email or password is incorrect" }) },
    },
  },
};
