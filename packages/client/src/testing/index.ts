// Test helpers for the apps' component tests: a test router served through tRPC's fetch handler
// inside msw, and the real client pointed at it.
export {
  createTestApiServer,
  testApiUrl,
  testOrigin,
  type RecordedRequest,
  type TestApiServer,
  type TestInterruption,
} from "./test-api-server.ts";
export { createTestApiClient } from "./test-api-client.ts";
export {
  internalErrorMessage,
  mergeTestRouters,
  testError,
  testProcedure,
  testRouter,
  testTRPC,
  type TestContext,
  type TestErrorDetails,
  type TestIssue,
} from "./test-trpc.ts";
export { testRateLimitHeaders, type TestRateLimitDecision } from "./test-rate-limit-headers.ts";
export { createMemoryStorage } from "../storage/memory-storage.ts";
