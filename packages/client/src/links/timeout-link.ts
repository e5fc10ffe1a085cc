import { TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { ApiTransportError } from "../errors/transport-error.ts";

export interface CallTimeouts {
  /** Queries. */
  readMs: number;
  /** Mutations (they may wait on locks and transactions). */
  writeMs: number;
}

export const defaultTimeouts: CallTimeouts = { readMs: 10_000, writeMs: 20_000 };

/** `AbortSignal.any`, or its equivalent on browsers that predate it (Safari before 17.4). */
function eitherSignal(first: AbortSignal, second: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([first, second]);
  const combined = new AbortController();
  for (const signal of [first, second]) {
    if (signal.aborted) combined.abort(signal.reason);
    else signal.addEventListener("abort", () => combined.abort(signal.reason), { once: true });
  }
  return combined.signal;
}

/**
 * Bounds every call by its kind. The call's signal becomes "tRPC's own signal or our timer",
 * so a timed-out call is aborted on the wire (a batch is aborted once all its calls are), and
 * the caller gets a TIMEOUT right away instead of waiting on the rest of a batch.
 */
export function timeoutLink<TRouter extends AnyTRPCRouter>(timeouts: CallTimeouts): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const ms = op.type === "mutation" ? timeouts.writeMs : timeouts.readMs;
        const timer = new AbortController();
        const signal = op.signal ? eitherSignal(op.signal, timer.signal) : timer.signal;
        const timeout = setTimeout(() => {
          const error = new ApiTransportError("TIMEOUT", `No answer within ${ms} ms`, undefined);
          timer.abort(error);
          observer.error(TRPCClientError.from<TRouter>(error));
        }, ms);
        const subscription = next({ ...op, signal }).subscribe({
          next: (value) => observer.next(value),
          error: (error) => {
            clearTimeout(timeout);
            observer.error(error);
          },
          complete: () => {
            clearTimeout(timeout);
            observer.complete();
          },
        });
        return () => {
          clearTimeout(timeout);
          subscription.unsubscribe();
        };
      });
}
