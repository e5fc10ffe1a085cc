import type {
  LimitDecision,
  LimitSubject,
  RuleStat,
  WindowRule,
} from "./types.ts";

function isPositiveInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/**
 * Rejects malformed input before any store sees it. These are programming errors, so they
 * throw instead of being mistaken for a store outage by the resilient limiter.
 */
export function validateRequest(subjects: LimitSubject[], cost: number): void {
  if (!isPositiveInteger(cost)) {
    throw new RangeError(
      `rate limit cost must be a positive integer, got ${cost}`,
    );
  }
  let rules = 0;
  for (const subject of subjects) {
    if (subject.key.length === 0)
      throw new RangeError("rate limit subject key must not be empty");
    for (const rule of subject.rules) {
      if (!isPositiveInteger(rule.limit) || !isPositiveInteger(rule.windowMs)) {
        throw new RangeError(
          `rate limit rule for "${subject.key}" needs positive integer limit and windowMs, got ${rule.limit}/${rule.windowMs}`,
        );
      }
      rules++;
    }
  }
  if (rules === 0)
    throw new RangeError("rate limit consume needs at least one rule");
}

/**
 * Merges subjects that share a key: one log per key means a key listed twice must be
 * checked once against all its rules, or the same call would count it twice.
 * Subjects without rules are dropped: there is nothing to enforce or record for them.
 */
export function mergeSubjects(subjects: LimitSubject[]): LimitSubject[] {
  const byKey = new Map<string, WindowRule[]>();
  for (const subject of subjects) {
    if (subject.rules.length === 0) continue;
    const rules = byKey.get(subject.key);
    if (rules) rules.push(...subject.rules);
    else byKey.set(subject.key, [...subject.rules]);
  }
  return [...byKey].map(([key, rules]) => ({ key, rules }));
}

/** The longest window among the rules: how long a hit must be kept. */
export function longestWindowMs(rules: WindowRule[]): number {
  return rules.reduce((longest, rule) => Math.max(longest, rule.windowMs), 0);
}

function ceilSeconds(ms: number): number {
  return Math.ceil(ms / 1000);
}

/**
 * Picks the binding rule and builds the decision. Rejected: the violated rule that frees up
 * last (that is when the request can pass). Allowed: the rule with the fewest places left,
 * ties going to the later reset, the more conservative header.
 */
export function toDecision(
  allowed: boolean,
  stats: RuleStat[],
  cost: number,
): LimitDecision {
  let binding: RuleStat | undefined;
  for (const stat of stats) {
    if (!binding) {
      if (allowed || stat.retryMs >= 0) binding = stat;
      continue;
    }
    if (allowed) {
      const left = stat.rule.limit - stat.count;
      const bindingLeft = binding.rule.limit - binding.count;
      if (
        left < bindingLeft ||
        (left === bindingLeft && stat.resetMs > binding.resetMs)
      )
        binding = stat;
    } else if (
      stat.retryMs > binding.retryMs ||
      (stat.retryMs === binding.retryMs &&
        stat.rule.windowMs > binding.rule.windowMs)
    ) {
      binding = stat;
    }
  }
  if (!binding) throw new Error("rate limit decision without a binding rule");

  const { rule } = binding;
  const used = binding.count + (allowed ? cost : 0);
  // A cost above the limit can never pass; the window length is the honest upper bound to report.
  const retryMs = Number.isFinite(binding.retryMs)
    ? binding.retryMs
    : rule.windowMs;
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - used),
    resetSeconds: ceilSeconds(binding.resetMs),
    retryAfterSeconds: allowed ? 0 : Math.max(1, ceilSeconds(retryMs)),
    windowSeconds: ceilSeconds(rule.windowMs),
  };
}
