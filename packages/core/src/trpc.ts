import { initTRPC } from "@trpc/server";
import { currentRequestContext } from "@slotted/logger";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "./context.ts";
import { errorBody } from "./errors/index.ts";

export type RateLimitCategory = "auth" | "booking_write" | "default" | "none";

export type Meta = OpenApiMeta<{
  /** Which rate-limit policy guards the procedure; `none` only for liveness. */
  rateLimit?: RateLimitCategory;
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
