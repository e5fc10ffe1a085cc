import { Prisma } from "@slotted/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { toTRPCError } from "./to-trpc-error.ts";

const internal = (cause: unknown) => new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom", cause });
const prismaError = (code: string, meta: Record<string, unknown> = {}) =>
  new Prisma.PrismaClientKnownRequestError("query failed", { code, clientVersion: "test", meta });

describe("toTRPCError", () => {
  it("answers 503 when bounded work gives up: a cancelled statement or a timed-out transaction", () => {
    const cancelled = prismaError("P2010", { driverAdapterError: { cause: { originalCode: "57014" } } });
    expect(toTRPCError(internal(cancelled)).code).toBe("SERVICE_UNAVAILABLE");
    expect(toTRPCError(internal(prismaError("P2028"))).code).toBe("SERVICE_UNAVAILABLE");
  });

  it("does not call an abandoned request an internal error", () => {
    const abandoned = Object.assign(new Error("The request timed out and was answered with 504"), { name: "RequestAbandonedError" });
    expect(toTRPCError(internal(abandoned)).code).toBe("CLIENT_CLOSED_REQUEST");
    expect(toTRPCError(internal(new DOMException("aborted", "AbortError"))).code).toBe("CLIENT_CLOSED_REQUEST");
  });

  it("leaves real bugs internal", () => {
    expect(toTRPCError(internal(new TypeError("undefined is not a function"))).code).toBe("INTERNAL_SERVER_ERROR");
  });
});
