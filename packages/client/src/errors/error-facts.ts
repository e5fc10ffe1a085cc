import { isTRPCClientError, type TRPCClientError } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { ApiTransportError } from "./transport-error.ts";

/** One invalid field as the server reports it: a dotted path (empty for the input as a whole). */
export interface ErrorIssue {
  path: string;
  message: string;
}

/**
 * Everything the client needs to know about a failed call, read once from whatever shape the
 * failure took (a tRPC error body, an error body from the HTTP layer, a transport failure).
 */
export interface ErrorFacts {
  /** The server's code (`BAD_REQUEST`, `CONFLICT`…), or `NETWORK`, `TIMEOUT`, `UNKNOWN`. */
  code: string;
  status: number | undefined;
  /** The server's request ID when it answered, else the ID the client sent. */
  requestId: string | undefined;
  /** The server's own message: written for people, never a stack. */
  serverMessage: string | undefined;
  issues: ErrorIssue[];
  /** The field a non-validation error is about (e.g. a CONFLICT on `time`). */
  field: string | undefined;
  retryAfterSeconds: number | undefined;
  /** Procedure path, when known. */
  path: string | undefined;
  /** True when the client answered by itself (a rate-limit hold) and sent nothing. */
  local: boolean;
}

/** Set on a TRPCClientError's `meta` by the links. */
export const errorMetaKeys = {
  sentRequestId: "sentRequestId",
  localRateLimitHold: "localRateLimitHold",
  idempotencyKey: "idempotencyKey",
} as const;

type Fields = Record<string, unknown>;

function asFields(value: unknown): Fields | undefined {
  return typeof value === "object" && value !== null ? (value as Fields) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
}

function readIssues(value: unknown): ErrorIssue[] {
  if (!Array.isArray(value)) return [];
  const issues: ErrorIssue[] = [];
  for (const item of value as unknown[]) {
    const fields = asFields(item);
    const message = text(fields?.message);
    if (fields && message) issues.push({ path: typeof fields.path === "string" ? fields.path : "", message });
  }
  return issues;
}

/** Codes for HTTP statuses, for answers that carry no code of their own. */
const codeByStatus: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

export function codeForStatus(status: number | undefined): string {
  return (status !== undefined ? codeByStatus[status] : undefined) ?? "UNKNOWN";
}

/** The parts of a fetch Response the client reads; tRPC types it loosely. */
export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
}

export function asResponseLike(value: unknown): ResponseLike | undefined {
  const fields = asFields(value);
  const headers = asFields(fields?.headers);
  if (!fields || typeof fields.status !== "number" || typeof headers?.get !== "function") return undefined;
  return value as ResponseLike;
}

const empty: Omit<ErrorFacts, "code"> = {
  status: undefined,
  requestId: undefined,
  serverMessage: undefined,
  issues: [],
  field: undefined,
  retryAfterSeconds: undefined,
  path: undefined,
  local: false,
};

function transportFacts(error: ApiTransportError, sentRequestId: string | undefined): ErrorFacts {
  const code = error.kind === "BAD_RESPONSE" ? codeForStatus(error.status) : error.kind;
  return { ...empty, code, status: error.status, requestId: error.requestId ?? sentRequestId };
}

/** The one error body (`{ code, message, requestId, issues?, …details }`), from tRPC `data` or the HTTP layer. */
function bodyFacts(body: Fields, fallback: { status: number | undefined; requestId: string | undefined }): ErrorFacts {
  return {
    code: text(body.code) ?? codeForStatus(fallback.status),
    status: typeof body.httpStatus === "number" ? body.httpStatus : fallback.status,
    requestId: text(body.requestId) ?? fallback.requestId,
    serverMessage: text(body.message),
    issues: readIssues(body.issues),
    field: text(body.field),
    retryAfterSeconds: wholeNumber(body.retryAfter),
    path: text(body.path),
    local: false,
  };
}

function clientErrorFacts(error: TRPCClientError<AnyTRPCRouter>): ErrorFacts {
  const meta = asFields(error.meta) ?? {};
  const sentRequestId = text(meta[errorMetaKeys.sentRequestId]);
  const cause: unknown = error.cause;
  if (cause instanceof ApiTransportError) return transportFacts(cause, sentRequestId);

  const response = asResponseLike(meta.response);
  const status = response?.status;
  const requestId = text(response?.headers.get("X-Request-ID")) ?? sentRequestId;
  const data = asFields(error.data as unknown);
  if (data && text(data.code)) {
    return { ...bodyFacts(data, { status, requestId }), local: meta[errorMetaKeys.localRateLimitHold] === true };
  }
  // A body in the one error shape from outside tRPC (body limit, request timeout, unknown route).
  const body = asFields(meta.responseJSON);
  if (body && !Array.isArray(body) && text(body.code)) return bodyFacts(body, { status, requestId });
  return { ...empty, code: codeForStatus(status), status, requestId };
}

/** Reads any thrown value into the facts the UI, the retry policy and the stores decide on. */
export function readErrorFacts(error: unknown): ErrorFacts {
  if (isTRPCClientError<AnyTRPCRouter>(error)) return clientErrorFacts(error);
  if (error instanceof ApiTransportError) return transportFacts(error, undefined);
  return { ...empty, code: "UNKNOWN" };
}
