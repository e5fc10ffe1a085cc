import type { KeyValueStore } from "@slotted/db";
import type { Logger } from "@slotted/logger";

export type CacheOperation = "get" | "set" | "del";
export type CacheResult = "hit" | "miss" | "ok" | "error";
export type CacheObserver = (op: CacheOperation, result: CacheResult) => void;

// Keyed by store, so each app instance (and each test server) reports to its own metrics.
const observers = new WeakMap<KeyValueStore, CacheObserver>();

/** Reports every cachedJson/invalidateCached operation on `kv` (hit, miss, error) to `observer`. */
export function observeCache(kv: KeyValueStore, observer: CacheObserver): void {
  observers.set(kv, observer);
}

/**
 * Read-through cache for JSON-serialisable values. The cache is an optimisation, never a
 * dependency: when it fails (Redis down or slow) the value is computed from the database and
 * the failure is logged at debug level (readiness reports the cache's state).
 */
export async function cachedJson<T>(
  kv: KeyValueStore,
  log: Logger,
  key: string,
  ttlSeconds: number,
  compute: () => Promise<T>,
  revive: (raw: unknown) => T = (raw) => raw as T,
): Promise<T> {
  const observe = observers.get(kv);
  try {
    const hit = await kv.get(key);
    if (hit !== null) {
      const cached = revive(JSON.parse(hit));
      observe?.("get", "hit");
      return cached;
    }
    observe?.("get", "miss");
  } catch (error) {
    observe?.("get", "error");
    log.debug({ err: error, key }, "cache read failed; computing");
  }
  const value = await compute();
  try {
    await kv.set(key, JSON.stringify(value), ttlSeconds);
    observe?.("set", "ok");
  } catch (error) {
    observe?.("set", "error");
    log.debug({ err: error, key }, "cache write failed");
  }
  return value;
}

/** Drops cached values after a write; a failure here only shortens nothing (TTL still bounds staleness). */
export async function invalidateCached(kv: KeyValueStore, log: Logger, ...keys: string[]): Promise<void> {
  const observe = observers.get(kv);
  try {
    await kv.del(...keys);
    observe?.("del", "ok");
  } catch (error) {
    observe?.("del", "error");
    log.warn({ err: error, keys }, "cache invalidation failed; entries expire by TTL");
  }
}
