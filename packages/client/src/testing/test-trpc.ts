import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";

/** What a test resolver knows about its request, and how it answers with headers. */
export interface TestContext {
  /** The request's ID: the client's `X-Request-ID` when log-safe, else a new one (as the server does). */
  requestId: string;
  req: Request;
  /** Response headers; set `RateLimit`, `Retry-After`… here (see `testRateLimitHeaders`). */
  resHeaders: Headers;
  setHeaders(headers: Record<string, string>): void;
}

export interface TestIssue {
  path: string;
  message: string;
}

/** Extra facts of a test error, laid out in `data` like the server's (`retryAfter`, `remaining`, `field`…). */
export interface TestErrorDetails {
  message?: string;
  issues?: TestIssue[];
  retryAfter?: number;
  [detail: string]: unknown;
}

class ErrorDetails extends Error {
  constructor(readonly details: Record<string, unknown>) {
    super("error details");
  }
}

/** The server's generic answer to an unexpected failure. */
export const internalErrorMessage = "Something went wrong on our side. Quote the request ID if you contact support.";

/**
 * A TRPCError whose `data` comes out as the server's `{ code, message, requestId, issues?,
 * retryAfter?, …details, httpStatus, path }`.
 */
export function testError(code: TRPC_ERROR_CODE_KEY, details: TestErrorDetails = {}): TRPCError {
  const { message, ...rest } = details;
  const firstIssue = details.issues?.[0];
  const fallback = firstIssue ? `${firstIssue.path ? `${firstIssue.path}: ` : ""}${firstIssue.message}` : code;
  return new TRPCError({ code, message: message ?? fallback, cause: new ErrorDetails(rest) });
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** Issues of an input validation failure (a zod error, recognised by shape: this package has no zod). */
function validationIssues(cause: unknown): TestIssue[] | undefined {
  if (!isFields(cause) || cause.name !== "ZodError" || !Array.isArray(cause.issues)) return undefined;
  return (cause.issues as unknown[]).filter(isFields).map((issue) => ({
    path: Array.isArray(issue.path) ? issue.path.map(String).join(".") : "",
    message: typeof issue.message === "string" ? issue.message : "is invalid",
  }));
}

function errorBody(error: TRPCError, requestId: string): Fields {
  if (error.code === "INTERNAL_SERVER_ERROR") return { code: error.code, message: internalErrorMessage, requestId };
  const details = error.cause instanceof ErrorDetails ? error.cause.details : {};
  const issues = error.code === "BAD_REQUEST" ? validationIssues(error.cause) : undefined;
  if (issues) {
    const first = issues[0];
    const message = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "The request is invalid";
    return { ...details, code: error.code, message, requestId, issues };
  }
  return { ...details, code: error.code, message: error.message, requestId };
}

/**
 * tRPC for test routers: superjson and the server's error `data` shape, so the client under test
 * meets exactly what production sends.
 */
export const testTRPC = initTRPC.context<TestContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const body = errorBody(error, ctx?.requestId ?? "unknown");
    return {
      code: shape.code,
      message: typeof body.message === "string" ? body.message : error.message,
      data: { ...body, httpStatus: shape.data.httpStatus, path: shape.data.path },
    };
  },
});

export const testRouter = testTRPC.router;
export const testProcedure = testTRPC.procedure;
export const mergeTestRouters = testTRPC.mergeRouters;
