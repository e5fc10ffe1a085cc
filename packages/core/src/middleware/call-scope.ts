import { runWithRequestContext } from "@slotted/logger";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { toTRPCError } from "../errors/index.ts";
import { middleware } from "../trpc.ts";

/**
 * First link of every procedure: gives the call its own ID and logger (batch calls get
 * `<requestId>.<index>`), maps expected failures (unique violations, database down) to their
 * client-facing codes, and logs the outcome once, with the stack only for real faults. Also
 * records the call in the metrics (`trpc_calls_total`, the summary ring); `path` is the procedure
 * tRPC resolved from the router, so it is always a known procedure, never raw input.
 */
export const callScope = middleware(async ({ ctx, path, type, next }) => {
  const callId = ctx.callIdFor(path);
  const log = callId === ctx.requestId ? ctx.log : ctx.log.child({ callId });
  const started = performance.now();
  const result = await runWithRequestContext({ requestId: ctx.requestId, log }, () => next({ ctx: { log, callId } }));
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const { metrics } = ctx.services;
  if (result.ok) {
    metrics.recordCall({ path, type, code: "OK", status: ctx.response.status ?? 200, durationMs });
    log.debug({ procedure: path, type, durationMs }, "procedure succeeded");
    return result;
  }
  const error = toTRPCError(result.error);
  metrics.recordCall({ path, type, code: error.code, status: getHTTPStatusCodeFromError(error), durationMs });
  if (error.code === "INTERNAL_SERVER_ERROR") {
    log.error({ procedure: path, type, durationMs, err: error.cause ?? error }, "procedure failed");
  } else {
    log.info({ procedure: path, type, durationMs, code: error.code }, "procedure rejected");
  }
  if (error !== result.error) throw error;
  return result;
});
