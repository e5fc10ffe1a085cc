import type { Permission } from "@slotted/validators";
import { currentRequestContext, runWithRequestContext, type Logger, type RequestContext } from "@slotted/logger";
import { getTRPCErrorFromUnknown, type ProcedureType, type TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "../context.ts";
import { toTRPCError } from "../errors/index.ts";
import { middleware, type Meta } from "../trpc.ts";
import { authorizeCall } from "./authenticate.ts";
import { limitCall } from "./rate-limit.ts";

/** What a call of a batch gets in place of the request's own: a logger naming its call ID, and auth that names the user in its scope. */
interface CallOverrides {
  log: Logger;
  auth: Context["auth"];
}

/** The part of the context the guards read, with the call's own logger and auth. */
type GuardContext = Pick<Context, "auth" | "request" | "log" | "response" | "services">;

interface OpenCall {
  log: Logger;
  guardContext: GuardContext;
  /** Undefined for a lone call: the context needs no copy (tRPC copies it on every override). */
  overrides: CallOverrides | undefined;
  run<T>(work: () => Promise<T>): Promise<T>;
}

interface CallOptions {
  ctx: Context;
  path: string;
  type: ProcedureType;
  meta: Meta | undefined;
  getRawInput: () => Promise<unknown>;
}

type CallResult = { ok: true } | { ok: false; error: TRPCError };

/**
 * The call's scope. A lone call already runs inside its request's scope, whose user the context's
 * `auth()` fills in, so it reuses it as it is; a call of a batch (or one made outside any request
 * scope, as `createCaller` in tests) gets its own scope and, in a batch, `<requestId>.<index>`.
 */
function openCall(ctx: Context, path: string): OpenCall {
  const callId = ctx.callIdFor(path);
  const current = currentRequestContext();
  if (callId === ctx.requestId && current?.requestId === ctx.requestId && current.log === ctx.log) {
    return { log: ctx.log, guardContext: ctx, overrides: undefined, run: (work) => work() };
  }
  const log = callId === ctx.requestId ? ctx.log : ctx.log.child({ callId });
  // Starts with the caller when the request already knows them (an earlier call of a batch).
  const known = current?.userId;
  const scope: RequestContext = { requestId: ctx.requestId, log, ...(known ? { userId: known } : {}) };
  const auth: Context["auth"] = () =>
    ctx.auth().then((state) => {
      if (state) scope.userId = state.user.id;
      return state;
    });
  return {
    log,
    guardContext: { auth, log, request: ctx.request, response: ctx.response, services: ctx.services },
    overrides: { log, auth },
    run: (work) => runWithRequestContext(scope, work),
  };
}

/**
 * Runs one call in its scope, guarded by `proceed` (rate limit, then any role check, then the
 * rest of the chain). Maps expected failures (unique violations, database down) to their
 * client-facing codes, logs the outcome once (the stack only for real faults), and records the
 * call in the metrics (`trpc_calls_total`, the summary ring); `path` is the procedure tRPC
 * resolved from the router, so it is always a known procedure, never raw input.
 */
async function runCall<R extends CallResult>(opts: CallOptions, proceed: (call: OpenCall) => Promise<R>): Promise<R> {
  const { ctx, path, type } = opts;
  const call = openCall(ctx, path);
  const { log } = call;
  const started = performance.now();
  let result: R | undefined;
  let failure: TRPCError | undefined;
  try {
    result = await call.run(() => proceed(call));
    if (!result.ok) failure = result.error;
  } catch (cause) {
    failure = getTRPCErrorFromUnknown(cause);
  }
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const { metrics } = ctx.services;
  if (result?.ok) {
    metrics.recordCall({ path, type, code: "OK", status: ctx.response.status ?? 200, durationMs });
    log.debug({ procedure: path, type, durationMs }, "procedure succeeded");
    return result;
  }
  const raised = failure ?? getTRPCErrorFromUnknown(undefined);
  const error = toTRPCError(raised);
  metrics.recordCall({ path, type, code: error.code, status: getHTTPStatusCodeFromError(error), durationMs });
  if (error.code === "INTERNAL_SERVER_ERROR") {
    log.error({ procedure: path, type, durationMs, err: error.cause ?? error }, "procedure failed");
  } else {
    log.info({ procedure: path, type, durationMs, code: error.code }, "procedure rejected");
  }
  if (result && error === raised) return result;
  throw error;
}

/**
 * The one middleware of a public procedure: call scope, then its rate limit. One link instead of
 * several, because tRPC copies its options (and the context on each override) at every link.
 */
export const publicCall = middleware((opts) =>
  runCall(opts, async (call) => {
    await limitCall(call.guardContext, opts.meta?.rateLimit, opts.getRawInput);
    const next: { ctx?: CallOverrides } = call.overrides ? { ctx: call.overrides } : {};
    return opts.next(next);
  }),
);

/**
 * The one middleware of a procedure for signed-in users: call scope, rate limit (before any auth
 * check), then the permission check (if any), which narrows `ctx.user` and `ctx.session` to non-null.
 */
export function signedInCall(requirement: Permission | "signedIn") {
  return middleware((opts) =>
    runCall(opts, async (call) => {
      await limitCall(call.guardContext, opts.meta?.rateLimit, opts.getRawInput);
      const auth = await authorizeCall(call.guardContext, opts.type, requirement);
      // The context is copied here anyway; the call's own logger and auth ride along.
      const { log, auth: callAuth } = call.guardContext;
      return opts.next({ ctx: { log, auth: callAuth, user: auth.user, session: auth.session, authVia: auth.via } });
    }),
  );
}
