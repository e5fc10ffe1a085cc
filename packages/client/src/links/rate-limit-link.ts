import { TRPCClientError, type Operation, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { asResponseLike, errorMetaKeys, readErrorFacts, type ResponseLike } from "../errors/error-facts.ts";
import type { ClientLogger } from "../logging/client-logger.ts";
import { readRateLimitHeaders } from "../rate-limit/rate-limit-headers.ts";
import type { RateLimitHold, RateLimitStore } from "../rate-limit/rate-limit-store.ts";
import type { RequestIdTracker } from "./request-id.ts";

/** A call refused by the client itself, shaped exactly like the server's 429. */
export function heldCallError<TRouter extends AnyTRPCRouter>(hold: RateLimitHold, path: string): TRPCClientError<TRouter> {
  const retryAfter = Math.max(1, Math.ceil((hold.until - Date.now()) / 1000));
  const message = `Too many requests: try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}`;
  return TRPCClientError.from<TRouter>(
    {
      error: {
        code: TRPC_ERROR_CODES_BY_KEY.TOO_MANY_REQUESTS,
        message,
        data: {
          code: "TOO_MANY_REQUESTS",
          message,
          // The refused request that started the hold: the one the server logged.
          requestId: hold.requestId,
          retryAfter,
          httpStatus: 429,
          path,
        },
      },
    },
    { meta: { [errorMetaKeys.localRateLimitHold]: true } },
  );
}

/** How many calls of a batch the server refused with 429 (the body is a superjson array). */
function refusedCallsIn(responseJSON: unknown): number {
  if (!Array.isArray(responseJSON)) return 1;
  let refused = 0;
  for (const item of responseJSON as unknown[]) {
    if (typeof item !== "object" || item === null || !("error" in item)) continue;
    try {
      const shape = superjson.deserialize<{ data?: { httpStatus?: unknown } }>(item.error as Parameters<typeof superjson.deserialize>[0]);
      if (shape.data?.httpStatus === 429) refused++;
    } catch {
      // Not our error shape: it cannot be a rate-limit refusal either.
    }
  }
  return refused;
}

/**
 * Rate-limit awareness without a copy of the server's limits:
 * - learns each procedure's category from the `RateLimit` header's policy name, but only from
 *   responses that can be attributed to the call (a batch shares one set of headers: the
 *   strictest decision's);
 * - after a 429, holds the call's category until the server's reset (body `retryAfter`, else
 *   `Retry-After`, else the header's `t`);
 * - while a category is held, fails its known procedures at once, with no network request.
 */
export function rateLimitLink<TRouter extends AnyTRPCRouter>(options: {
  store: RateLimitStore;
  tracker: RequestIdTracker;
  logger: ClientLogger;
}): TRPCLink<TRouter> {
  const { store, tracker, logger } = options;

  const learn = (op: Operation, response: ResponseLike | undefined, attributable: boolean) => {
    if (!response || !attributable) return undefined;
    const headers = readRateLimitHeaders(response, Date.now());
    if (headers.category) store.learnCategory(op.path, headers.category);
    return headers;
  };

  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const hold = store.holdFor(op.path);
        if (hold) {
          observer.error(heldCallError<TRouter>(hold, op.path));
          return undefined;
        }
        return next(op).subscribe({
          next: (value) => {
            const single = tracker.sentFor(op)?.batchSize === 1;
            learn(op, asResponseLike(value.context?.response), single);
            observer.next(value);
          },
          complete: () => observer.complete(),
          error: (error) => {
            const facts = readErrorFacts(error);
            const meta = error.meta ?? {};
            const response = asResponseLike(meta.response);
            const refused = facts.code === "TOO_MANY_REQUESTS" && !facts.local;
            const single = tracker.sentFor(op)?.batchSize === 1;
            // In a batch, the headers describe this call only if it was the batch's one refusal.
            const attributable = single || (refused && refusedCallsIn(meta.responseJSON) === 1);
            const headers = learn(op, response, attributable);
            if (refused) {
              const category = headers?.category ?? store.categoryOf(op.path);
              const seconds = facts.retryAfterSeconds ?? headers?.retryAfterSeconds ?? headers?.resetSeconds;
              if (category !== undefined && seconds !== undefined) {
                store.hold({ category, retryAfterSeconds: seconds, requestId: facts.requestId });
                logger.warn("api.rate_limit_hold", { requestId: facts.requestId, code: facts.code, path: op.path, status: 429 });
              }
            }
            observer.error(error);
          },
        });
      });
}
