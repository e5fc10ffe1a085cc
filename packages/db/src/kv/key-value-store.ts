export type KeyValueMode = "redis" | "memory";

/**
 * The few cache operations Slotted needs, over Redis or an in-process map. Values are strings;
 * callers serialise. Every method may throw when Redis is down: callers treat the cache as
 * optional and fall back to the database.
 */
export interface KeyValueStore {
  readonly mode: KeyValueMode;
  ping(): Promise<void>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(...keys: string[]): Promise<void>;
  /** Bytes used by the store (Redis `used_memory`, or an estimate in process). */
  usedMemoryBytes(): Promise<number>;
  close(): Promise<void>;
}
