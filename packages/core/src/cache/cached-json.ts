import type { KeyValueStore } from "@slotted/db";
import type { Logger } from "@slotted/logger";

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
  try {
    const hit = await kv.get(key);
    if (hit !== null) return revive(JSON.parse(hit));
  } catch (error) {
    log.debug({ err: error, key }, "cache read failed; computing");
  }
  const value = await compute();
  try {
    await kv.set(key, JSON.stringify(value), ttlSeconds);
  } catch (error) {
    log.debug({ err: error, key }, "cache write failed");
  }
  return value;
}

/** Drops cached values after a write; a failure here only shortens nothing (TTL still bounds staleness). */
export async function invalidateCached(kv: KeyValueStore, log: Logger, ...keys: string[]): Promise<void> {
  try {
    await kv.del(...keys);
  } catch (error) {
    log.warn({ err: error, keys }, "cache invalidation failed; entries expire by TTL");
  }
}
