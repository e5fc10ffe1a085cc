import {
  longestWindowMs,
  mergeSubjects,
  toDecision,
  validateRequest,
} from "./decision.ts";
import type {
  LimitDecision,
  LimitSubject,
  RateLimitStore,
  RuleStat,
} from "./types.ts";

export interface MemoryStoreOptions {
  /** Clock in ms; injectable so tests can slide windows without sleeping. */
  now?: () => number;
  /** Most keys kept; beyond it the least recently used key is dropped. */
  maxKeys?: number;
  /** How often (by `now`) to drop keys whose hits have all expired. */
  sweepIntervalMs?: number;
}

export interface MemoryStore extends RateLimitStore {
  /** Keys currently held. */
  size(): number;
}

interface HitLog {
  /** Hit times in ms, ascending. */
  hits: number[];
  /** Longest window last applied to this key: hits older than this are dead. */
  keepMs: number;
}

/** Index of the first hit strictly newer than `after` (hits are ascending). */
function firstAfter(hits: number[], after: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((hits[mid] ?? Infinity) > after) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Appends in order; a clock that stepped back (NTP) must not break the sorted invariant. */
function record(hits: number[], time: number, cost: number): void {
  const later = hits.splice(firstAfter(hits, time));
  for (let i = 0; i < cost; i++) hits.push(time);
  for (const hit of later) hits.push(hit);
}

/**
 * The same exact sliding-window log as the Redis script, in process. Synchronous inside,
 * so each decision is atomic without locks. Counts are per process: used when Redis is
 * absent or down.
 */
export function createMemoryStore(
  options: MemoryStoreOptions = {},
): MemoryStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const sweepIntervalMs = options.sweepIntervalMs ?? 60_000;
  // Map iteration order is insertion order; re-inserting on use makes the first key the least recently used.
  const logs = new Map<string, HitLog>();
  let lastSweep = now();

  function sweep(time: number): void {
    lastSweep = time;
    for (const [key, log] of logs) {
      const newest = log.hits.at(-1);
      if (newest === undefined || newest <= time - log.keepMs) logs.delete(key);
    }
  }

  function decide(subjects: LimitSubject[], cost: number): LimitDecision {
    validateRequest(subjects, cost);
    const time = now();
    if (time - lastSweep >= sweepIntervalMs) sweep(time);

    const entries = mergeSubjects(subjects).map((subject) => {
      const keepMs = longestWindowMs(subject.rules);
      const log = logs.get(subject.key) ?? { hits: [], keepMs };
      log.hits.splice(0, firstAfter(log.hits, time - keepMs));
      return { subject, log, keepMs };
    });

    const counts = entries.map(({ subject, log }) =>
      subject.rules.map((rule) => {
        const start = firstAfter(log.hits, time - rule.windowMs);
        const count = log.hits.length - start;
        let retryMs = -1;
        if (count + cost > rule.limit) {
          const mustExpire = count + cost - rule.limit;
          const hit =
            mustExpire > count ? undefined : log.hits[start + mustExpire - 1];
          retryMs = hit === undefined ? Infinity : hit + rule.windowMs - time;
        }
        return { rule, count, retryMs };
      }),
    );

    const allowed = counts.every((rules) =>
      rules.every((rule) => rule.retryMs < 0),
    );
    for (const { subject, log, keepMs } of entries) {
      if (allowed) {
        record(log.hits, time, cost);
        log.keepMs = keepMs;
      }
      logs.delete(subject.key);
      if (log.hits.length > 0) logs.set(subject.key, log);
    }
    for (const key of logs.keys()) {
      if (logs.size <= maxKeys) break;
      logs.delete(key);
    }

    const stats: RuleStat[] = entries.flatMap(({ log }, index) =>
      (counts[index] ?? []).map(({ rule, count, retryMs }) => {
        const oldest = log.hits[firstAfter(log.hits, time - rule.windowMs)];
        return {
          rule,
          count,
          retryMs,
          resetMs: oldest === undefined ? 0 : oldest + rule.windowMs - time,
        };
      }),
    );
    return toDecision(allowed, stats, cost);
  }

  return {
    // The executor turns a validation throw into a rejection, like the Redis store.
    consume: (subjects, cost = 1) =>
      new Promise((resolve) => resolve(decide(subjects, cost))),
    size: () => logs.size,
  };
}
