import { TRPCClientError, type Operation, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { errorMetaKeys, readErrorFacts } from "../errors/error-facts.ts";
import type { ClientLogger } from "../logging/client-logger.ts";

export const requestIdHeader = "X-Request-ID";

/** The HTTP request that carried a call. */
export interface SentRequest {
  requestId: string;
  /** How many calls the (batched) request carried. */
  batchSize: number;
}

/**
 * Gives every HTTP request a fresh ID and remembers which calls it carried, so each call's
 * error can name the request even when no answer came back (network failure, timeout).
 */
export interface RequestIdTracker {
  /** For httpBatchLink's `headers`: called once per HTTP request with the calls it carries. */
  headersFor(opList: readonly Operation[]): Record<string, string>;
  sentFor(op: Operation): SentRequest | undefined;
}

export function createRequestIdTracker(newId: () => string = () => crypto.randomUUID()): RequestIdTracker {
  // Keyed by each call's context object, which requestIdLink makes unique per call and which
  // httpBatchLink passes through untouched.
  const sent = new WeakMap<object, SentRequest>();
  return {
    headersFor(opList) {
      const request: SentRequest = { requestId: newId(), batchSize: opList.length };
      for (const op of opList) sent.set(op.context, request);
      return { [requestIdHeader]: request.requestId };
    },
    sentFor: (op) => sent.get(op.context),
  };
}

/**
 * Outermost link: gives each call its own context (the tracker's key) and stamps the sent
 * request ID on every error, so the UI can always show an ID to quote. Failures are logged
 * with safe fields only.
 */
export function requestIdLink<TRouter extends AnyTRPCRouter>(options: {
  tracker: RequestIdTracker;
  logger: ClientLogger;
}): TRPCLink<TRouter> {
  const { tracker, logger } = options;
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const call = { ...op, context: { ...op.context } };
        return next(call).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (cause) => {
            const sentRequestId = tracker.sentFor(call)?.requestId;
            const error = TRPCClientError.from<TRouter>(cause, { meta: { [errorMetaKeys.sentRequestId]: sentRequestId } });
            const facts = readErrorFacts(error);
            const fields = { requestId: facts.requestId, code: facts.code, path: op.path, status: facts.status };
            if (facts.local) logger.debug("api.call_held", fields);
            else if (facts.status !== undefined && facts.status < 500) logger.info("api.call_refused", fields);
            else logger.warn("api.call_failed", fields);
            observer.error(error);
          },
        });
      });
}
