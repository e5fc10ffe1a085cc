import { currentRequestContext, runWithRequestContext, type RequestContext } from "@slotted/logger";
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
  // The call's own scope starts with the caller when the request already knows them (an earlier
  // call of a batch) and learns them when this call resolves auth, so every line written inside
  // the procedure names the user.
  const known = currentRequestContext()?.userId;
  const scope: RequestContext = { requestId: ctx.requestId, log, ...(known ? { userId: known } : {}) };
  const auth: typeof ctx.auth = () =>
    ctx.auth().then((state) => {
      if (state) scope.userId = state.user.id;
      return state;
    });
  const result = await runWithRequestContext(scope, () => next({ ctx: { log, callId, auth } }));
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
