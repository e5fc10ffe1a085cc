import { performance } from "node:perf_hooks";
import { commandTimeoutOf, pingRedis, type RedisConnection } from "@slotted/db/redis-connection";
import { isCommandTimeout } from "@slotted/db/redis-options";
import type { Logger } from "pino";
import { validateRequest } from "./decision.ts";
import { createMemoryStore } from "./memory-store.ts";
import { createRedisStore } from "./redis-store.ts";
import type {
  DecisionOutcome,
  DecisionStore,
  LimitDecision,
  LimiterState,
  LimitSubject,
} from "./types.ts";

export interface RateLimiterOptions {
  /** Shared store; null/undefined limits in process only (state "memory"). */
  redis?: RedisConnection | null;
  logger: Logger;
  /** Clock for the in-process store. */
  now?: () => number;
  onStateChange?: (state: LimiterState) => void;
  /** Minimum ms between PING probes while Redis is down. */
  recoveryProbeMs?: number;
  /** Metrics hook, called once per decision with the label given to `consume` (the app passes the policy category). */
  onDecision?: (
    outcome: DecisionOutcome,
    store: DecisionStore,
    label: string | undefined,
  ) => void;
  /** Key cap for the in-process store. */
  maxMemoryKeys?: number;
}

export interface RateLimiter {
  /**
   * Never rejects because of Redis; rejects only on invalid subjects or cost (a programming error).
   * `label` only travels to `onDecision`, so metrics can tell decisions apart without a shared variable.
   */
  consume(
    subjects: LimitSubject[],
    cost?: number,
    label?: string,
  ): Promise<LimitDecision>;
  state(): LimiterState;
  /** Stops the recovery probe. The Redis client belongs to the caller and stays open. */
  close(): void;
}

/**
 * Command timeouts in a row that mean Redis hangs rather than answered one reply slowly: each
 * on time, each from a command sent after the previous one failed, no success between.
 */
export const TIMEOUTS_BEFORE_FALLBACK = 3;

/**
 * A command timer that fires later than this past its deadline fired late because the event
 * loop was busy: the reply may be sitting unread in the socket, so the timeout proves nothing.
 */
const LOOP_LAG_TOLERANCE_MS = 10;


/**
 * Limits through Redis while it answers and in process when it does not, so a Redis outage
 * degrades limiting to per-process counts instead of failing requests or disabling limits.
 *
 * "Redis is down" (state `fallback`) is decided from real failures only: any error other than a
 * timeout (connection refused or lost, an error reply) at once, or TIMEOUTS_BEFORE_FALLBACK
 * timeouts in a row. A timeout that fired late measures the event loop, not Redis, and is
 * ignored; commands in flight together that time out together count once, so one slow tick
 * with many requests in flight is one failure, not many. A decision whose Redis call failed
 * without tripping this is answered in process, alone, and the state stays `redis`.
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { logger, onStateChange, onDecision } = options;
  const redis = options.redis ?? null;
  const recoveryProbeMs = options.recoveryProbeMs ?? 1000;
  const memory = createMemoryStore({
    now: options.now,
    maxKeys: options.maxMemoryKeys,
  });
  const redisStore = redis ? createRedisStore(redis) : null;

  let current: LimiterState = redis ? "redis" : "memory";
  let probeTimer: NodeJS.Timeout | undefined;
  let probing = false;
  let closed = false;
  /** Counted command timeouts since the last decision Redis answered. */
  let timeoutsInARow = 0;
  /** When the last counted timeout was seen; commands sent before it belong to its wave. */
  let lastTimeoutAt = -Infinity;

  // A throwing hook must not turn into a failed request.
  function safely(hook: () => void): void {
    try {
      hook();
    } catch (err) {
      logger.error({ err }, "rate limiter hook threw");
    }
  }

  function setState(next: LimiterState, err?: unknown): void {
    if (current === next) return;
    current = next;
    timeoutsInARow = 0;
    if (next === "fallback") {
      logger.warn(
        { err },
        "rate limiter: Redis unavailable, limiting in process until it answers again",
      );
    } else {
      logger.info("rate limiter: Redis answers again, limiting through Redis");
    }
    if (onStateChange) safely(() => onStateChange(next));
  }

  function stopProbing(): void {
    clearInterval(probeTimer);
    probeTimer = undefined;
  }

  async function probe(client: RedisConnection): Promise<void> {
    if (probing || closed) return;
    probing = true;
    try {
      await pingRedis(client);
      stopProbing();
      setState("redis");
    } catch {
      // Still down: the next tick tries again.
    } finally {
      probing = false;
    }
  }

  function enterFallback(client: RedisConnection, err: unknown): void {
    setState("fallback", err);
    // Probing on a timer, not per request, keeps requests off the (down) network path.
    if (probeTimer || closed) return;
    probeTimer = setInterval(() => void probe(client), recoveryProbeMs);
    probeTimer.unref();
  }

  function onRedisFailure(client: RedisConnection, err: unknown, sentAt: number): void {
    if (!isCommandTimeout(err)) {
      enterFallback(client, err);
      return;
    }
    const now = performance.now();
    const lateMs = now - sentAt - commandTimeoutOf(client);
    // Ignored: a late timer (the loop was slow), or a command already in flight when the last
    // counted timeout fired (the same slow moment, seen again).
    if (lateMs > LOOP_LAG_TOLERANCE_MS || sentAt < lastTimeoutAt) return;
    lastTimeoutAt = now;
    timeoutsInARow += 1;
    if (timeoutsInARow >= TIMEOUTS_BEFORE_FALLBACK) enterFallback(client, err);
  }

  function report(
    decision: LimitDecision,
    store: DecisionStore,
    label: string | undefined,
  ): LimitDecision {
    if (onDecision)
      safely(() =>
        onDecision(decision.allowed ? "allowed" : "rejected", store, label),
      );
    return decision;
  }

  return {
    async consume(subjects, cost = 1, label) {
      // Bad input must reject here, or the catch below would blame Redis for it.
      validateRequest(subjects, cost);
      if (redis && redisStore && current === "redis") {
        const sentAt = performance.now();
        try {
          const decision = await redisStore.consume(subjects, cost);
          timeoutsInARow = 0;
          return report(decision, "redis", label);
        } catch (err) {
          onRedisFailure(redis, err, sentAt);
        }
      }
      return report(await memory.consume(subjects, cost), "memory", label);
    },
    state: () => current,
    close() {
      closed = true;
      stopProbing();
    },
  };
}
