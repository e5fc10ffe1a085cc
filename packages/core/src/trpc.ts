import { initTRPC } from "@trpc/server";
import { currentRequestContext } from "@slotted/logger";
import superjson from "superjson";
import type { Permission } from "@slotted/validators";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "./context.ts";
import { errorBody } from "./errors/index.ts";

export type RateLimitCategory = "auth" | "booking_write" | "default" | "none";

/** Who may call a procedure: anyone, any signed-in user (their own data), or a role holding `meta.permission`. */
export type ProcedureAccess = "public" | "signedIn" | "permission";

/** Failures a handler itself can answer, beyond those its builder, input and path imply. */
export type HandlerFailure = "UNAUTHORIZED" | "FORBIDDEN" | "CONFLICT";

/**
 * What a procedure is, for the middleware and for the REST contract (packages/core/src/openapi
 * derives each operation's statuses, headers and security from it).
 */
export type Meta = OpenApiMeta<{
  /** Which rate-limit policy guards the procedure; `none` only for liveness. */
  rateLimit?: RateLimitCategory;
  /** Set by the procedure builders in procedures.ts, never by hand. */
  access?: ProcedureAccess;
  /** With access `permission`: what the caller's role must hold. Set by `permittedProcedure`. */
  permission?: Permission;
  failures?: readonly HandlerFailure[];
  /** Touches no database, so it never answers 503/504 for one (liveness only). */
  database?: false;
  /** A create: REST answers 201 Created; `replayable` creates answer 200 when an Idempotency-Key replays one. */
  creates?: "resource" | "replayable";
  /** Answers 503 with its own output rather than an error body (readiness). */
  unavailableWithOutput?: true;
}>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // One error shape for every client: `data` holds `{ code, message, requestId, issues? }`
    // (the REST adapter lifts it to the top level of its body).
    errorFormatter({ shape, error, ctx }) {
      const body = errorBody(error, ctx?.requestId ?? currentRequestContext()?.requestId ?? "unknown");
      return {
        code: shape.code,
        message: body.message,
        data: { ...body, httpStatus: shape.data.httpStatus, path: shape.data.path },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure;
