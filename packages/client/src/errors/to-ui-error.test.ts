import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { toUiError } from "./to-ui-error.ts";
import { ApiTransportError } from "./transport-error.ts";

/** A TRPCClientError as httpBatchLink builds it from a server error body. */
function serverError(data: Record<string, unknown>, meta: Record<string, unknown> = {}) {
  return TRPCClientError.from({ error: { code: -32600, message: String(data.message), data } }, { meta });
}

describe("toUiError", () => {
  it("maps validation issues to field errors by dotted path, first message per field, and keeps the request ID", () => {
    const error = serverError({
      code: "BAD_REQUEST",
      message: "contactPhone: is not a phone number (and 2 more problems)",
      requestId: "req-123",
      issues: [
        { path: "contactPhone", message: "is not a phone number" },
        { path: "contactPhone", message: "is too short" },
        { path: "guests.0.name", message: "is required" },
      ],
      httpStatus: 400,
      path: "bookings.create",
    });
    const ui = toUiError(error);
    expect(ui.fieldErrors).toEqual({ contactPhone: "is not a phone number", "guests.0.name": "is required" });
    expect(ui.requestId).toBe("req-123");
    expect(ui.code).toBe("BAD_REQUEST");
    expect(ui.status).toBe(400);
    expect(ui.title).toBe("Please check the highlighted fields");
  });

  it("puts a conflict about one field on that field, in the server's words", () => {
    const ui = toUiError(
      serverError({
        code: "CONFLICT",
        message: "You already have a booking at that date and time; change or cancel it instead",
        requestId: "req-9",
        field: "time",
        httpStatus: 409,
      }),
    );
    expect(ui.fieldErrors).toEqual({ time: "You already have a booking at that date and time; change or cancel it instead" });
    expect(ui.message).toBe("You already have a booking at that date and time; change or cancel it instead");
    expect(ui.status).toBe(409);
  });

  it("asks to sign in again on an expired session, but shows the server's words on a failed sign-in", () => {
    const expired = toUiError(serverError({ code: "UNAUTHORIZED", message: "Sign in to continue", requestId: "r", httpStatus: 401, path: "bookings.list" }));
    expect(expired.title).toBe("Please sign in again");
    const wrongPassword = toUiError(
      serverError({ code: "UNAUTHORIZED", message: "The email or password is incorrect", requestId: "r", httpStatus: 401, path: "auth.login" }),
    );
    expect(wrongPassword.message).toBe("The email or password is incorrect");
  });

  it("says how long to wait after a 429", () => {
    const ui = toUiError(serverError({ code: "TOO_MANY_REQUESTS", message: "Too many", requestId: "r", retryAfter: 90, httpStatus: 429 }));
    expect(ui.retryAfterSeconds).toBe(90);
    expect(ui.message).toContain("1 minute 30 seconds");
  });

  it("keeps the sent request ID on transport failures and words them by cause", () => {
    const network = TRPCClientError.from(new ApiTransportError("NETWORK", "fetch failed", "sent-1"));
    expect(toUiError(network, { online: false })).toMatchObject({ code: "NETWORK", requestId: "sent-1", title: "You're offline" });
    expect(toUiError(network, { online: true }).title).toBe("We can't reach Slotted");

    const timeout = TRPCClientError.from(new ApiTransportError("TIMEOUT", "late", undefined), { meta: { sentRequestId: "sent-2" } });
    expect(toUiError(timeout)).toMatchObject({ code: "TIMEOUT", requestId: "sent-2" });

    const proxy = TRPCClientError.from(new ApiTransportError("BAD_RESPONSE", "Unexpected 502 response", "sent-3", 502));
    expect(toUiError(proxy)).toMatchObject({ code: "BAD_GATEWAY", status: 502, requestId: "sent-3", title: "Slotted is temporarily unavailable" });
  });

  it("reads the error body the HTTP layer sends outside tRPC (body limit, request timeout)", () => {
    const response = new Response("{}", { status: 504, headers: { "content-type": "application/json" } });
    const error = TRPCClientError.from(new Error("Unable to transform response from server"), {
      meta: { response, responseJSON: { code: "GATEWAY_TIMEOUT", message: "The request took longer than 15000 ms", requestId: "http-1" } },
    });
    expect(toUiError(error)).toMatchObject({ code: "GATEWAY_TIMEOUT", status: 504, requestId: "http-1" });
  });

  it("says something went wrong on our side for a 500, without leaking internals", () => {
    const ui = toUiError(serverError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side.", requestId: "r5", httpStatus: 500 }));
    expect(ui.title).toBe("Something went wrong on our side");
    expect(ui.requestId).toBe("r5");
  });

  it("never shows the message or stack of an unknown error", () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'secret') at foo.ts:12");
    const ui = toUiError(thrown);
    expect(ui.code).toBe("UNKNOWN");
    expect(`${ui.title} ${ui.message}`).not.toContain("secret");
    expect(`${ui.title} ${ui.message}`).not.toContain("foo.ts");
    expect(toUiError("a string").code).toBe("UNKNOWN");
    expect(toUiError(null).fieldErrors).toEqual({});
  });
});
