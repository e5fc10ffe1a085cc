import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { readErrorFacts } from "../errors/error-facts.ts";
import { toUiError } from "../errors/to-ui-error.ts";
import { isRetryableError } from "../policies/retry-policy.ts";
import { settle } from "../test/api-fixture.ts";
import { createTestApiClient } from "../testing/test-api-client.ts";
import { createTestApiServer } from "../testing/test-api-server.ts";
import { testProcedure, testRouter } from "../testing/test-trpc.ts";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const aborted: string[] = [];

const router = testRouter({
  bookings: testRouter({
    // Slower than the read limit below, faster than the write limit.
    venue: testProcedure.query(async ({ signal }) => {
      signal?.addEventListener("abort", () => aborted.push("bookings.venue"));
      await wait(3_000);
      return { name: "Late venue" };
    }),
    cancel: testProcedure.mutation(async () => {
      await wait(3_000);
      return { ok: true };
    }),
  }),
});

const api = createTestApiServer(router);
beforeAll(() => api.listen());
beforeEach(() => {
  vi.useFakeTimers();
  aborted.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  api.reset();
});
afterAll(() => api.close());

describe("per-call timeouts", () => {
  it("aborts a query that outlives the read limit and reports a retryable TIMEOUT with the sent request ID", async () => {
    const client = createTestApiClient({ timeouts: { readMs: 1_000, writeMs: 5_000 } });
    const outcome = await settle(client.trpcClient.bookings.venue.query());
    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? undefined : outcome.error;
    expect(toUiError(error)).toMatchObject({ code: "TIMEOUT", requestId: api.requests[0]?.requestId });
    expect(isRetryableError(error)).toBe(true);
    // The request was aborted on the wire, not just abandoned.
    expect(aborted).toEqual(["bookings.venue"]);
    client.dispose();
  });

  it("gives mutations the longer write limit", async () => {
    const client = createTestApiClient({ timeouts: { readMs: 1_000, writeMs: 5_000 } });
    const outcome = await settle(client.trpcClient.bookings.cancel.mutate({ id: "8f0e0f7e-59a4-4bb0-9a44-7b2c7c1e0c11" }));
    expect(outcome).toEqual({ ok: true, value: { ok: true } });
    client.dispose();
  });
});

describe.each([
  ["with AbortSignal.any", false],
  ["on browsers without AbortSignal.any", true],
])("the caller's own signal, %s", (_name, withoutAny) => {
  const original = Object.getOwnPropertyDescriptor(AbortSignal, "any");
  beforeEach(() => {
    if (withoutAny) Object.defineProperty(AbortSignal, "any", { value: undefined, configurable: true });
  });
  afterEach(() => {
    if (original) Object.defineProperty(AbortSignal, "any", original);
  });

  it("still cancels the call, and a cancellation is not a timeout", async () => {
    const client = createTestApiClient({ timeouts: { readMs: 10_000, writeMs: 10_000 } });
    const caller = new AbortController();
    const call = settle(client.trpcClient.bookings.venue.query(undefined, { signal: caller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    caller.abort();
    const outcome = await call;
    expect(outcome.ok).toBe(false);
    expect(aborted).toEqual(["bookings.venue"]);
    expect(readErrorFacts(outcome.ok ? undefined : outcome.error).code).not.toBe("TIMEOUT");
    client.dispose();
  });
});
