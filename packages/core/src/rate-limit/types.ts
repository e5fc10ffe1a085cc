/** One sliding window: at most `limit` units of cost in any `windowMs` span. */
export interface WindowRule {
  limit: number;
  windowMs: number;
}

/** A counted identity (e.g. `rl:auth:ip:1.2.3.4`) and every window it must respect. */
export interface LimitSubject {
  key: string;
  rules: WindowRule[];
}

export interface LimitDecision {
  allowed: boolean;
  /** Limit of the binding (most constraining) rule. */
  limit: number;
  /** Places left in the binding rule after this decision (never negative). */
  remaining: number;
  /** Seconds (ceil) until the binding window frees a place. */
  resetSeconds: number;
  /** 0 when allowed; otherwise seconds (ceil, >= 1) until this request would pass. */
  retryAfterSeconds: number;
  /** Binding rule's window, for the IETF RateLimit-Policy header. */
  windowSeconds: number;
}

export interface RateLimitStore {
  /**
   * Decides for all subjects and all their rules at once: allowed only if every rule has room
   * for `cost`; an allowed decision records `cost` hits under every subject, a rejection records nothing.
   */
  consume(subjects: LimitSubject[], cost?: number): Promise<LimitDecision>;
}

/** Where decisions are currently made: Redis, in-process because Redis failed, or in-process by configuration. */
export type LimiterState = "redis" | "fallback" | "memory";

export type DecisionOutcome = "allowed" | "rejected";
export type DecisionStore = "redis" | "memory";

/**
 * What each store measures for one rule at decision time; `toDecision` turns these into
 * a `LimitDecision`, so both stores report identically.
 */
export interface RuleStat {
  rule: WindowRule;
  /** Hits inside the window before this decision. */
  count: number;
  /** Ms until the oldest hit left in the window (after this decision) expires; 0 if the window is empty. */
  resetMs: number;
  /** Ms until enough hits expire for this request to fit; -1 if it fits now, Infinity if it never can (cost > limit). */
  retryMs: number;
}
