import { TRPCError } from "@trpc/server";
import { errorBody as errorBodySchema } from "@slotted/validators";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appError } from "./app-error.ts";
import { errorBody } from "./format-error.ts";

describe("errorBody", () => {
  it("carries a conflict's facts beside its code, message and request ID, in the shared schema", () => {
    const body = errorBody(appError("CONFLICT", "Only 2 places are left", { remaining: 2 }), "req-1");
    expect(body).toEqual({ code: "CONFLICT", message: "Only 2 places are left", remaining: 2, requestId: "req-1" });
    expect(errorBodySchema.safeParse(body).success).toBe(true);
  });

  it("names every invalid field of a validation error", () => {
    const cause = z.object({ partySize: z.number().max(50) }).safeParse({ partySize: 99 }).error;
    const body = errorBody(new TRPCError({ code: "BAD_REQUEST", cause }), "req-2");
    expect(body.issues).toEqual([{ path: "partySize", message: expect.stringMatching(/50/) }]);
    expect(body.message).toMatch(/^partySize: /);
  });

  it("says how to fix a body that is not JSON, instead of the adapter's wording", () => {
    const body = errorBody(new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: 'Unsupported content-type "text/plain' }), "req-3");
    expect(body).toEqual({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as JSON, with Content-Type: application/json", requestId: "req-3" });
  });

  it("answers internal errors and codes Slotted never documents as internal, hiding their message", () => {
    for (const code of ["INTERNAL_SERVER_ERROR", "TIMEOUT"] as const) {
      const body = errorBody(new TRPCError({ code, message: "connection string postgres://secret@db" }), "req-4");
      expect(body.code).toBe("INTERNAL_SERVER_ERROR");
      expect(body.message).not.toMatch(/secret/);
      expect(errorBodySchema.safeParse(body).success).toBe(true);
    }
  });
});
