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
export { createRedisStore } from "./redis-store.ts";
export { createRedisClientOptions } from "./redis-options.ts";
export {
  createRateLimiter,
  type RateLimiter,
  type RateLimiterOptions,
} from "./resilient-limiter.ts";
export {
  createRateLimitService,
  type RateLimitDecisionEvent,
  type RateLimitService,
  type RateLimitServiceOptions,
} from "./rate-limit-service.ts";
export { limitedCategories, policyRules, type LimitedCategory } from "./policies.ts";
export { clientAddressKey } from "./identity.ts";
