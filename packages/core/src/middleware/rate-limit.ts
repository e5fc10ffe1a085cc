import { appError } from "../errors/index.ts";
import { identifyCaller } from "../rate-limit/identity.ts";
import { policyRules } from "../rate-limit/policies.ts";
import { applyCallDecision } from "../rate-limit/strictest-decision.ts";
import { callSubjects } from "../rate-limit/subjects.ts";
import { targetEmailHash } from "../rate-limit/target-email.ts";
import { middleware } from "../trpc.ts";

/**
 * Counts every call (each call of a tRPC batch is one) against its procedure's policy before any
 * auth check or input validation, so the same limit guards `/trpc` and `/api/v1`. Procedures
 * without `meta.rateLimit` are `default`; `none` (liveness) is never counted.
 */
export const rateLimit = middleware(async ({ ctx, meta, getRawInput, next }) => {
  const category = meta?.rateLimit ?? "default";
  const settings = ctx.services.config.rateLimit;
  if (category === "none" || !settings.enabled) return next();

  const caller = await identifyCaller(ctx);
  const rules = policyRules(category, caller.role, settings);
  const subjects = callSubjects({
    category,
    caller,
    rules,
    targetEmailHash: category === "auth" ? await targetEmailHash(getRawInput) : undefined,
  });
  const decision = await ctx.services.rateLimiter.consume(category, subjects);
  applyCallDecision(ctx.response, { category, rules, decision });

  if (!decision.allowed) {
    const wait = decision.retryAfterSeconds;
    throw appError("TOO_MANY_REQUESTS", `Too many requests: try again in ${wait} second${wait === 1 ? "" : "s"}`, {
      retryAfter: wait,
    });
  }
  return next();
});
