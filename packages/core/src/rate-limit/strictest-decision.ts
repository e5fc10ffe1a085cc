import type { ResponseControls } from "../context.ts";
import type { LimitedCategory } from "./policies.ts";
import { rateLimitHeaders } from "./rate-limit-headers.ts";
import type { LimitDecision, WindowRule } from "./types.ts";

export interface CallDecision {
  category: LimitedCategory;
  rules: WindowRule[];
  decision: LimitDecision;
}

/**
 * True when `candidate` should set the headers instead of `current`: any rejection beats an
 * allowed call, the longer wait beats the shorter, then the fewest places left, then the later reset.
 */
export function isStricter(candidate: LimitDecision, current: LimitDecision): boolean {
  if (candidate.allowed !== current.allowed) return !candidate.allowed;
  if (!candidate.allowed) return candidate.retryAfterSeconds > current.retryAfterSeconds;
  if (candidate.remaining !== current.remaining) return candidate.remaining < current.remaining;
  return candidate.resetSeconds > current.resetSeconds;
}

// One HTTP request may carry a tRPC batch of calls that share its `ResponseControls`; keyed on
// that object, the state lives exactly as long as the request.
const strictestByResponse = new WeakMap<ResponseControls, LimitDecision>();

/**
 * Records one call's decision and writes its headers only if it is the strictest so far, so in
 * a batch the tightest limit sets the headers whatever order the calls finish in.
 */
export function applyCallDecision(response: ResponseControls, call: CallDecision): void {
  const current = strictestByResponse.get(response);
  if (current && !isStricter(call.decision, current)) return;
  strictestByResponse.set(response, call.decision);
  for (const [name, value] of Object.entries(rateLimitHeaders(call.category, call.rules, call.decision))) {
    response.setHeader(name, value);
  }
}
