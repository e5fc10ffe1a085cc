import type { KeyValueStore } from "./key-value-store.ts";

interface Entry {
  value: string;
  expiresAt: number;
}

/** In-process stand-in for Redis when REDIS_URL is unset. Bounded: oldest keys are evicted first. */
export function createMemoryStore(options: { maxKeys?: number; now?: () => number } = {}): KeyValueStore {
  const maxKeys = options.maxKeys ?? 50_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    mode: "memory",
    ping: () => Promise.resolve(),
    get: (key) => Promise.resolve(live(key)?.value ?? null),
    set: (key, value, ttlSeconds) => {
      entries.delete(key); // re-insert so Map order tracks recency for eviction
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      while (entries.size > maxKeys) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return Promise.resolve();
    },
    del: (...keys) => {
      for (const key of keys) entries.delete(key);
      return Promise.resolve();
    },
    usedMemoryBytes: () => {
      let bytes = 0;
      for (const [key, entry] of entries) bytes += (key.length + entry.value.length) * 2 + 16;
      return Promise.resolve(bytes);
    },
    close: () => {
      entries.clear();
      return Promise.resolve();
    },
  };
}
