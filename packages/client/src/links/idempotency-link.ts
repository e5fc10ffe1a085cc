import { TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import { errorMetaKeys } from "../errors/error-facts.ts";

function idempotencyKeyOf(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null || !("idempotencyKey" in input)) return undefined;
  return typeof input.idempotencyKey === "string" ? input.idempotencyKey : undefined;
}

/**
 * Marks a failed mutation with the idempotency key it carried, so the retry policy repeats a
 * write only when the server can recognise the repeat (a forgotten key never books twice).
 */
export function idempotencyLink<TRouter extends AnyTRPCRouter>(): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const key = op.type === "mutation" ? idempotencyKeyOf(op.input) : undefined;
        return next(op).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (error) => observer.error(key ? TRPCClientError.from<TRouter>(error, { meta: { [errorMetaKeys.idempotencyKey]: key } }) : error),
        });
      });
}
