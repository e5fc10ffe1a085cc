import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { ApiTransportError } from "../errors/transport-error.ts";
import { isRetryableError, retryDelayMs, retryFailedCall, retryIdempotentCall } from "./retry-policy.ts";

const withStatus = (code: string, httpStatus: number, meta: Record<string, unknown> = {}) =>
  TRPCClientError.from({ error: { code: -32000, message: code, data: { code, message: code, requestId: "r", httpStatus } } }, { meta });

describe("isRetryableError", () => {
  it("retries network failures, timeouts and 5xx", () => {
    expect(isRetryableError(TRPCClientError.from(new ApiTransportError("NETWORK", "x", "r")))).toBe(true);
    expect(isRetryableError(TRPCClientError.from(new ApiTransportError("TIMEOUT", "x", "r")))).toBe(true);
    expect(isRetryableError(TRPCClientError.from(new ApiTransportError("BAD_RESPONSE", "x", "r", 502)))).toBe(true);
    expect(isRetryableError(withStatus("SERVICE_UNAVAILABLE", 503))).toBe(true);
    expect(isRetryableError(withStatus("INTERNAL_SERVER_ERROR", 500))).toBe(true);
  });

  it("never retries 4xx, 429 included, nor the client's own rate-limit refusals", () => {
    for (const [code, status] of [["BAD_REQUEST", 400], ["UNAUTHORIZED", 401], ["CONFLICT", 409], ["TOO_MANY_REQUESTS", 429]] as const) {
      expect(isRetryableError(withStatus(code, status))).toBe(false);
    }
    expect(isRetryableError(withStatus("TOO_MANY_REQUESTS", 429, { localRateLimitHold: true }))).toBe(false);
    expect(isRetryableError(new Error("boom"))).toBe(false);
  });
});

describe("retryFailedCall", () => {
  it("allows at most three tries in all", () => {
    const error = withStatus("SERVICE_UNAVAILABLE", 503);
    expect(retryFailedCall(0, error)).toBe(true);
    expect(retryFailedCall(1, error)).toBe(true);
    expect(retryFailedCall(2, error)).toBe(false);
  });
});

describe("retryIdempotentCall", () => {
  it("retries a write only when the failed call carried an idempotency key", () => {
    expect(retryIdempotentCall(0, withStatus("SERVICE_UNAVAILABLE", 503, { idempotencyKey: "k1" }))).toBe(true);
    expect(retryIdempotentCall(0, withStatus("SERVICE_UNAVAILABLE", 503))).toBe(false);
    expect(retryIdempotentCall(0, withStatus("CONFLICT", 409, { idempotencyKey: "k1" }))).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("grows exponentially with full jitter, capped at ten seconds", () => {
    expect(retryDelayMs(0, () => 0)).toBe(0);
    expect(retryDelayMs(0, () => 0.999)).toBe(999);
    expect(retryDelayMs(1, () => 0.999)).toBe(1998);
    expect(retryDelayMs(2, () => 0.5)).toBe(2000);
    expect(retryDelayMs(10, () => 0.999)).toBe(9990);
  });
});
