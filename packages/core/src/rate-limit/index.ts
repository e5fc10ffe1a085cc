export type {
  DecisionOutcome,
  DecisionStore,
  LimitDecision,
  LimiterState,
  LimitSubject,
  RateLimitStore,
  WindowRule,
} from "./types.ts";
export {
  createMemoryStore,
  type MemoryStore,
  type MemoryStoreOptions,
} from "./memory-store.ts";
export { createRedisStore, type RedisStoreOptions } from "./redis-store.ts";
export { createRedisClientOptions } from "./redis-options.ts";
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
} from "./resilient-limiter.ts";
