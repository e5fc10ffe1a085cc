import type { TRPCLink } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import type { ConnectionStore } from "../connection/connection-store.ts";
import { readErrorFacts } from "../errors/error-facts.ts";

/** Marks the health probe's calls (in the call's tRPC context). */
export const connectionProbeContext = { connectionProbe: true } as const;

const gatewayStatuses = new Set([502, 503, 504]);

/**
 * Tells the connection store whether our server answered: any answer clears "unreachable";
 * a network error or a 502/503/504 sets it. Timeouts and the client's own refusals say nothing.
 */
export function connectionLink<TRouter extends AnyTRPCRouter>(connection: ConnectionStore): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        const source = op.context.connectionProbe === true ? "probe" : "call";
        return next(op).subscribe({
          next: (value) => {
            connection.reportReachable(source);
            observer.next(value);
          },
          complete: () => observer.complete(),
          error: (error) => {
            const facts = readErrorFacts(error);
            if (facts.code === "NETWORK" || (facts.status !== undefined && gatewayStatuses.has(facts.status))) {
              connection.reportUnreachable();
            } else if (!facts.local && facts.status !== undefined) {
              connection.reportReachable(source);
            }
            observer.error(error);
          },
        });
      });
}
