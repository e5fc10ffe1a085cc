import type { LimitedCategory } from "./policies.ts";
import type { LimitDecision, WindowRule } from "./types.ts";

/** Policy identifier for one window of a category, e.g. `auth-60s`. */
export function policyName(category: LimitedCategory, windowSeconds: number): string {
  return `${category}-${windowSeconds}s`;
}

/**
 * Seconds until the binding window frees a place. On a rejection it is the wait the client
 * needs, so it names the same moment as Retry-After (the draft asks for that).
 */
export function resetSeconds(decision: LimitDecision): number {
  return decision.allowed ? decision.resetSeconds : Math.max(decision.resetSeconds, decision.retryAfterSeconds);
}

/**
 * Response headers for one decision. Two families:
 * - the de facto `X-RateLimit-Limit/Remaining/Reset` (Reset in seconds, not a timestamp);
 * - the IETF fields in the Structured Fields form of draft-ietf-httpapi-ratelimit-headers-10
 *   (September 2025; -11 keeps it): `RateLimit-Policy` lists every window of the policy as
 *   `"<name>";q=<quota>;w=<window seconds>`, and `RateLimit` reports the binding window (the one
 *   with the fewest places left, as the draft requires for multi-window policies) as
 *   `"<name>";r=<remaining>;t=<seconds to reset>`.
 * Plus `Retry-After` (seconds) on a rejection.
 */
export function rateLimitHeaders(category: LimitedCategory, rules: WindowRule[], decision: LimitDecision): Record<string, string> {
  const reset = resetSeconds(decision);
  const policy = rules
    .map((rule) => `"${policyName(category, Math.ceil(rule.windowMs / 1000))}";q=${rule.limit};w=${Math.ceil(rule.windowMs / 1000)}`)
    .join(", ");
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(reset),
    "RateLimit-Policy": policy,
    RateLimit: `"${policyName(category, decision.windowSeconds)}";r=${decision.remaining};t=${reset}`,
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}
