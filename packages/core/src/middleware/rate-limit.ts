import type { Context } from "../context.ts";
import { appError } from "../errors/index.ts";
import { identifyCaller } from "../rate-limit/identity.ts";
import { policyRules } from "../rate-limit/policies.ts";
import { applyCallDecision } from "../rate-limit/strictest-decision.ts";
import { callSubjects } from "../rate-limit/subjects.ts";
import { targetEmailHash } from "../rate-limit/target-email.ts";
import type { RateLimitCategory } from "../trpc.ts";

/**
 * Counts one call (each call of a tRPC batch is one) against its procedure's policy; runs before
 * any auth check or input validation, so the same limit guards `/trpc` and `/api/v1`. Procedures
 * without `meta.rateLimit` are `default`; `none` (liveness) is never counted. Throws
 * TOO_MANY_REQUESTS once the call is over a limit.
 */
export async function limitCall(
  ctx: Pick<Context, "auth" | "request" | "log" | "response" | "services">,
  category: RateLimitCategory | undefined,
  getRawInput: () => Promise<unknown>,
): Promise<void> {
  const limited = category ?? "default";
  const settings = ctx.services.config.rateLimit;
  if (limited === "none" || !settings.enabled) return;
  const caller = await identifyCaller(ctx);
  const rules = policyRules(limited, caller.role, settings);
  const subjects = callSubjects({
    category: limited,
    caller,
    rules,
    targetEmailHash: limited === "auth" ? await targetEmailHash(getRawInput) : undefined,
  });
  const decision = await ctx.services.rateLimiter.consume(limited, subjects);
  applyCallDecision(ctx.response, { category: limited, rules, decision });
  if (!decision.allowed) {
    const wait = decision.retryAfterSeconds;
    throw appError("TOO_MANY_REQUESTS", `Too many requests: try again in ${wait} second${wait === 1 ? "" : "s"}`, {
      retryAfter: wait,
    });
  }
}
