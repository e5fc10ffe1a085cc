import { QueryObserver } from "@tanstack/react-query";
import { isTRPCClientError } from "@trpc/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { readErrorFacts } from "../errors/error-facts.ts";
import { toUiError } from "../errors/to-ui-error.ts";
import { bookingInput, optionsFor, settle } from "../test/api-fixture.ts";
import { createMemoryStorage } from "../storage/memory-storage.ts";
import { createTestApiClient } from "../testing/test-api-client.ts";
import { createTestApiServer } from "../testing/test-api-server.ts";
import { testRateLimitHeaders } from "../testing/test-rate-limit-headers.ts";
import { testError, testProcedure, testRouter, type TestContext } from "../testing/test-trpc.ts";

const refuse = new Set<string>();

/** Answers like the server's limiter: headers for the call's category, a 429 when refused. */
function limited(ctx: TestContext, path: string, category: string) {
  if (refuse.has(path)) {
    ctx.setHeaders(testRateLimitHeaders({ category, remaining: 0, resetSeconds: 30, retryAfterSeconds: 30 }));
    throw testError("TOO_MANY_REQUESTS", { message: "Too many requests: try again in 30 seconds", retryAfter: 30 });
  }
  ctx.setHeaders(testRateLimitHeaders({ category, remaining: 4, resetSeconds: 12 }));
}

const router = testRouter({
  auth: testRouter({
    me: testProcedure.query(({ ctx }) => {
      limited(ctx, "auth.me", "default");
      return { id: "user-1" };
    }),
  }),
  bookings: testRouter({
    venue: testProcedure.query(({ ctx }) => {
      limited(ctx, "bookings.venue", "default");
      return { name: "Test venue" };
    }),
    create: testProcedure.input((raw) => raw).mutation(({ ctx }) => {
      limited(ctx, "bookings.create", "booking_write");
      return { reference: "SLT-0001" };
    }),
    cancel: testProcedure.input((raw) => raw).mutation(({ ctx }) => {
      limited(ctx, "bookings.cancel", "booking_write");
      return { ok: true };
    }),
  }),
});

const api = createTestApiServer(router);
beforeAll(() => api.listen());
beforeEach(() => {
  vi.useFakeTimers();
  refuse.clear();
});
afterEach(() => {
  vi.useRealTimers();
  api.reset();
});
afterAll(() => api.close());

const cancelInput = { id: "8f0e0f7e-59a4-4bb0-9a44-7b2c7c1e0c11" };

describe("rate-limit awareness", () => {
  it("holds the refused call's category, fails its calls locally like a server 429, and clears at the reset", async () => {
    const client = createTestApiClient();
    await settle(client.trpcClient.bookings.cancel.mutate(cancelInput));
    refuse.add("bookings.create");
    const refused = await settle(client.trpcClient.bookings.create.mutate(bookingInput));
    expect(refused.ok).toBe(false);
    const refusedId = api.requests.at(-1)?.requestId;

    const hold = client.rateLimits.holdFor("bookings.create");
    expect(hold).toMatchObject({ category: "booking_write", totalSeconds: 30, label: "Booking changes", requestId: refusedId });
    refuse.clear();

    // Both known booking writes now fail at once, with no request.
    const before = api.requests.length;
    const blocked = await settle(client.trpcClient.bookings.create.mutate(bookingInput));
    const blockedCancel = await settle(client.trpcClient.bookings.cancel.mutate(cancelInput));
    expect(api.requests).toHaveLength(before);
    const error = blocked.ok ? undefined : blocked.error;
    expect(isTRPCClientError(error) && error.data).toMatchObject({ code: "TOO_MANY_REQUESTS", httpStatus: 429, path: "bookings.create" });
    expect(readErrorFacts(error)).toMatchObject({ local: true, retryAfterSeconds: 30 });
    expect(toUiError(error)).toMatchObject({ code: "TOO_MANY_REQUESTS", status: 429, retryAfterSeconds: 30, requestId: refusedId });
    expect(blockedCancel.ok).toBe(false);

    // Other categories are not held.
    expect((await settle(client.trpcClient.bookings.venue.query())).ok).toBe(true);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(client.rateLimits.holdFor("bookings.create")).toBeNull();
    expect(await settle(client.trpcClient.bookings.create.mutate(bookingInput))).toEqual({ ok: true, value: { reference: "SLT-0001" } });
    client.dispose();
  });

  it("remembers the hold in storage, so a client built after a reload is held too", async () => {
    const storage = createMemoryStorage();
    const first = createTestApiClient({ storage });
    refuse.add("bookings.create");
    await settle(first.trpcClient.bookings.create.mutate(bookingInput));
    first.dispose();

    const reloaded = createTestApiClient({ storage });
    const before = api.requests.length;
    const blocked = await settle(reloaded.trpcClient.bookings.create.mutate(bookingInput));
    expect(blocked.ok).toBe(false);
    expect(api.requests).toHaveLength(before);
    expect(reloaded.rateLimits.holdFor("bookings.create")?.category).toBe("booking_write");

    await vi.advanceTimersByTimeAsync(30_000);
    expect(reloaded.rateLimits.getSnapshot()).toEqual([]);
    reloaded.dispose();
  });

  it("learns categories only from responses it can attribute: a single call, or a batch's one refusal", async () => {
    const client = createTestApiClient();
    await Promise.all([settle(client.trpcClient.auth.me.query()), settle(client.trpcClient.bookings.venue.query())]);
    expect(api.requests.at(-1)?.paths).toEqual(["auth.me", "bookings.venue"]);
    expect(client.rateLimits.categoryOf("auth.me")).toBeUndefined();
    expect(client.rateLimits.categoryOf("bookings.venue")).toBeUndefined();

    refuse.add("bookings.venue");
    await Promise.all([settle(client.trpcClient.auth.me.query()), settle(client.trpcClient.bookings.venue.query())]);
    expect(client.rateLimits.categoryOf("bookings.venue")).toBe("default");
    expect(client.rateLimits.categoryOf("auth.me")).toBeUndefined();
    expect(client.rateLimits.getSnapshot().map((hold) => hold.category)).toEqual(["default"]);

    await settle(client.trpcClient.bookings.create.mutate(bookingInput));
    expect(client.rateLimits.categoryOf("bookings.create")).toBe("booking_write");
    client.dispose();
  });

  it("refetches the queries on screen that failed on a hold once it ends", async () => {
    const client = createTestApiClient();
    refuse.add("bookings.venue");
    const observer = new QueryObserver(client.queryClient, optionsFor(client).bookings.venue.queryOptions());
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(100);
    expect(observer.getCurrentResult().status).toBe("error");

    refuse.clear();
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(observer.getCurrentResult().data).toEqual({ name: "Test venue" });
    unsubscribe();
    client.dispose();
  });
});
