import { errorMetaKeys, readErrorFacts } from "../errors/error-facts.ts";
import { TRPCClientError } from "@trpc/client";

/** First try included. */
export const maxCallAttempts = 3;
const baseDelayMs = 1_000;
const maxDelayMs = 10_000;

/** Worth trying again: the request may not have been handled (network, timeout) or the server failed (5xx). */
export function isRetryableError(error: unknown): boolean {
  const facts = readErrorFacts(error);
  if (facts.local) return false;
  if (facts.code === "NETWORK" || facts.code === "TIMEOUT") return true;
  return facts.status !== undefined && facts.status >= 500;
}

/** React Query's `retry` for queries; `failureCount` counts failures before this decision, from 0. */
export function retryFailedCall(failureCount: number, error: unknown): boolean {
  return failureCount + 1 < maxCallAttempts && isRetryableError(error);
}

/**
 * `retry` for a mutation that is safe to repeat: only when the failed call carried an
 * idempotency key (the server then answers a repeat with the original result).
 */
export function retryIdempotentCall(failureCount: number, error: unknown): boolean {
  const key = error instanceof TRPCClientError ? error.meta?.[errorMetaKeys.idempotencyKey] : undefined;
  return typeof key === "string" && retryFailedCall(failureCount, error);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base × 2^n)). */
export function retryDelayMs(failureCount: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** failureCount));
}
