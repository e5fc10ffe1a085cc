import type { Logger } from "@slotted/logger";
import type { RedisConnection } from "@slotted/db/redis-connection";
import { isLimitedCategory, type LimitedCategory } from "./policies.ts";
import { createRateLimiter } from "./resilient-limiter.ts";
import type { DecisionOutcome, DecisionStore, LimitDecision, LimiterState, LimitSubject } from "./types.ts";

/** One decision, as the metrics module sees it (`rate_limit_decisions_total{category,outcome}`). */
export interface RateLimitDecisionEvent {
  category: LimitedCategory;
  outcome: DecisionOutcome;
  /** Where it was decided: shared Redis, or this process (no Redis, or Redis failing). */
  store: DecisionStore;
}

/**
 * The app's limiter (`services.rateLimiter`). Besides deciding, it is the hook point for
 * observability: subscribe with `onDecision` (every decision, by category and outcome) and
 * `onStateChange` (`redis` ⇄ `fallback`); read the current state with `state()`. Listeners run
 * synchronously on the request path: keep them to counter increments. A throwing listener is
 * logged and ignored.
 */
export interface RateLimitService {
  consume(category: LimitedCategory, subjects: LimitSubject[]): Promise<LimitDecision>;
  state(): LimiterState;
  /** Returns an unsubscribe function. */
  onDecision(listener: (event: RateLimitDecisionEvent) => void): () => void;
  /** Returns an unsubscribe function. */
  onStateChange(listener: (state: LimiterState) => void): () => void;
  /** Stops the Redis recovery probe; the Redis connection belongs to the caller. */
  close(): void;
}

export interface RateLimitServiceOptions {
  /** Shared store; null limits in process only. */
  redis: RedisConnection | null;
  logger: Logger;
  /** Clock for the in-process store (tests slide windows without sleeping). */
  now?: () => number;
  /** Minimum ms between PINGs while Redis is down. */
  recoveryProbeMs?: number;
}

export function createRateLimitService(options: RateLimitServiceOptions): RateLimitService {
  const { logger } = options;
  const decisionListeners = new Set<(event: RateLimitDecisionEvent) => void>();
  const stateListeners = new Set<(state: LimiterState) => void>();

  function notify<T>(listeners: Set<(value: T) => void>, value: T): void {
    for (const listener of listeners) {
      try {
        listener(value);
      } catch (err) {
        logger.error({ err }, "rate limit listener threw");
      }
    }
  }

  const limiter = createRateLimiter({
    redis: options.redis,
    logger,
    now: options.now,
    recoveryProbeMs: options.recoveryProbeMs,
    onDecision: (outcome, store, label) => {
      if (isLimitedCategory(label)) notify(decisionListeners, { category: label, outcome, store });
    },
    onStateChange: (state) => notify(stateListeners, state),
  });

  const subscribe =
    <T>(listeners: Set<(value: T) => void>) =>
    (listener: (value: T) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    };

  return {
    consume: (category, subjects) => limiter.consume(subjects, 1, category),
    state: () => limiter.state(),
    onDecision: subscribe(decisionListeners),
    onStateChange: subscribe(stateListeners),
    close: () => limiter.close(),
  };
}
