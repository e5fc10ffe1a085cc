import type { IncomingMessage, ServerResponse } from "node:http";
import { currentRequestContext, type Logger } from "@slotted/logger";
import type { PrismaClient } from "@slotted/db";
import { resolveAuth, type AuthState } from "./auth/resolve-auth.ts";
import type { AppServices } from "./services.ts";

export type RequestSource = "trpc" | "rest";

/** What procedures may know about the HTTP request, independent of the adapter that carried it. */
export interface RequestInfo {
  source: RequestSource;
  method: string;
  ip: string;
  userAgent: string | undefined;
  origin: string | undefined;
  authorization: string | undefined;
  cookieHeader: string | undefined;
  /** `Idempotency-Key` header (REST clients send it; tRPC clients put it in the input). */
  idempotencyKey: string | undefined;
  /** `Host` header, for the same-origin check on cookie-authenticated writes. */
  host: string | undefined;
}

/** The only way procedures touch the response: headers (rate limits, cookies) and a status override. */
export interface ResponseControls {
  setHeader(name: string, value: string): void;
  appendHeader(name: string, value: string): void;
  /** For answers that succeed with a non-200 status (readiness 503); adapters read it in `responseMeta`. */
  setStatus(status: number): void;
  readonly status: number | undefined;
}

export interface Context {
  services: AppServices;
  prisma: PrismaClient;
  requestId: string;
  log: Logger;
  request: RequestInfo;
  response: ResponseControls;
  /**
   * Aborted once nobody will read the answer: the client disconnected, or the request timeout has
   * already answered 504. Long work checks it (or hands it to `withTransaction`) to stop early;
   * its `reason` says which.
   */
  signal: AbortSignal;
  /** Gives each call of a tRPC batch its own ID, `<requestId>.<index>`. */
  callIdFor(path: string): string;
  /**
   * Who is calling, from the bearer token or session cookie; looked up once per HTTP request and
   * only when a procedure asks (liveness never touches the database).
   */
  auth(): Promise<AuthState | null>;
}

export interface ContextRequest extends IncomingMessage {
  /** Client address as resolved by the HTTP framework (honours TRUST_PROXY). */
  ip?: string;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Without a signal from the HTTP layer: aborted when the response closes before it finished. */
function closedEarlySignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort(new Error("The client closed the connection before the answer"));
  });
  return controller.signal;
}

/**
 * Builds the context for one HTTP request; both the tRPC and the REST adapter call it, so a
 * procedure behaves the same whichever way it was reached.
 */
export function createContextFactory(services: AppServices, source: RequestSource) {
  return ({
    req,
    res,
    info,
    signal,
  }: {
    req: ContextRequest;
    res: ServerResponse;
    info?: { calls: readonly { path: string }[] };
    /** The request's abort signal from the HTTP layer (timeout and disconnect); derived from `res` when absent. */
    signal?: AbortSignal | undefined;
  }): Context => {
    const scope = currentRequestContext();
    const requestId = scope?.requestId ?? "unscoped";
    const calls = info?.calls ?? [];
    const taken = new Set<number>();
    let status: number | undefined;
    let auth: Promise<AuthState | null> | undefined;
    const request: RequestInfo = {
      source,
      method: req.method ?? "GET",
      ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
      userAgent: header(req, "user-agent"),
      origin: header(req, "origin"),
      authorization: header(req, "authorization"),
      cookieHeader: header(req, "cookie"),
      idempotencyKey: header(req, "idempotency-key"),
      host: header(req, "host"),
    };
    return {
      services,
      prisma: services.db.prisma,
      requestId,
      log: scope?.log ?? services.logger,
      request,
      signal: signal ?? closedEarlySignal(res),
      response: {
        setHeader: (name, value) => {
          if (!res.headersSent) res.setHeader(name, value);
        },
        appendHeader: (name, value) => {
          if (!res.headersSent) res.appendHeader(name, value);
        },
        setStatus: (code) => {
          status = code;
        },
        get status() {
          return status;
        },
      },
      callIdFor: (path) => {
        if (calls.length <= 1) return requestId;
        const index = calls.findIndex((call, i) => call.path === path && !taken.has(i));
        if (index === -1) return requestId;
        taken.add(index);
        return `${requestId}.${index}`;
      },
      auth: () => {
        auth ??= resolveAuth(services, request).then((state) => {
          if (state && scope) scope.userId = state.user.id;
          return state;
        });
        return auth;
      },
    };
  };
}
