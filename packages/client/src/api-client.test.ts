import { MutationObserver } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "./api-client.ts";
import { toUiError } from "./errors/to-ui-error.ts";
import { newIdempotencyKey } from "./policies/idempotency.ts";
import { bookingInput, optionsFor, settle } from "./test/api-fixture.ts";
import { createTestApiClient } from "./testing/test-api-client.ts";
import { createTestApiServer } from "./testing/test-api-server.ts";
import { testError, testProcedure, testRouter } from "./testing/test-trpc.ts";

/** Per test: how the next calls of each procedure fail before they succeed. */
let failuresLeft: Record<string, number> = {};
let failWith: Record<string, () => Error> = {};
const seenKeys: unknown[] = [];

function maybeFail(path: string) {
  const left = failuresLeft[path] ?? 0;
  if (left > 0) {
    failuresLeft[path] = left - 1;
    throw (failWith[path] ?? (() => testError("SERVICE_UNAVAILABLE", { message: "The database is unavailable" })))();
  }
}

const router = testRouter({
  bookings: testRouter({
    venue: testProcedure.query(() => {
      maybeFail("bookings.venue");
      return { name: "Test venue" };
    }),
    create: testProcedure
      .input((raw) => raw as { idempotencyKey?: string })
      .mutation(({ input }) => {
        seenKeys.push(input.idempotencyKey);
        maybeFail("bookings.create");
        return { reference: "SLT-0001" };
      }),
    cancel: testProcedure.mutation(() => {
      maybeFail("bookings.cancel");
      return { ok: true };
    }),
  }),
});

const api = createTestApiServer(router);
let client: ApiClient;
beforeAll(() => api.listen());
beforeEach(() => {
  vi.useFakeTimers();
  failuresLeft = {};
  failWith = {};
  seenKeys.length = 0;
  client = createTestApiClient();
});
afterEach(() => {
  client.dispose();
  vi.useRealTimers();
  api.reset();
});
afterAll(() => api.close());

const requestsFor = (path: string) => api.requests.filter((request) => request.paths.includes(path));

describe("query retry policy", () => {
  it("retries a 503 and succeeds on the next try", async () => {
    failuresLeft["bookings.venue"] = 1;
    const outcome = await settle(client.queryClient.query(optionsFor(client).bookings.venue.queryOptions()));
    expect(outcome).toEqual({ ok: true, value: { name: "Test venue" } });
    expect(requestsFor("bookings.venue")).toHaveLength(2);
  });

  it("does not retry a 400: exactly one request", async () => {
    failuresLeft["bookings.venue"] = 5;
    failWith["bookings.venue"] = () => testError("BAD_REQUEST", { issues: [{ path: "date", message: "must be a date" }] });
    const outcome = await settle(client.queryClient.query(optionsFor(client).bookings.venue.queryOptions()));
    expect(outcome.ok).toBe(false);
    expect(requestsFor("bookings.venue")).toHaveLength(1);
  });

  it("does not retry a 429 either", async () => {
    failuresLeft["bookings.venue"] = 5;
    failWith["bookings.venue"] = () => testError("TOO_MANY_REQUESTS", { retryAfter: 5 });
    await settle(client.queryClient.query(optionsFor(client).bookings.venue.queryOptions()));
    expect(requestsFor("bookings.venue")).toHaveLength(1);
  });

  it("retries network errors three tries in all, then reports NETWORK with the last sent request ID", async () => {
    api.interruptNextFor("bookings.venue", "network", "network", "network");
    const outcome = await settle(client.queryClient.query(optionsFor(client).bookings.venue.queryOptions()));
    expect(outcome.ok).toBe(false);
    const sent = requestsFor("bookings.venue").map((request) => request.requestId);
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(3);
    expect(toUiError(outcome.ok ? undefined : outcome.error)).toMatchObject({ code: "NETWORK", requestId: sent[2] });
  });
});

describe("mutation retry policy", () => {
  const mutate = (options: object, variables: unknown) =>
    settle(new MutationObserver<unknown, Error, unknown>(client.queryClient, options).mutate(variables));

  it("retries bookings.create with the same idempotency key, so the server sees the key twice", async () => {
    failuresLeft["bookings.create"] = 1;
    const idempotencyKey = newIdempotencyKey();
    const outcome = await mutate(optionsFor(client).bookings.create.mutationOptions(), { ...bookingInput, idempotencyKey });
    expect(outcome).toEqual({ ok: true, value: { reference: "SLT-0001" } });
    expect(seenKeys).toEqual([idempotencyKey, idempotencyKey]);
  });

  it("does not retry bookings.create sent without a key: a repeat could book twice", async () => {
    failuresLeft["bookings.create"] = 1;
    const outcome = await mutate(optionsFor(client).bookings.create.mutationOptions(), bookingInput);
    expect(outcome.ok).toBe(false);
    expect(seenKeys).toEqual([undefined]);
  });

  it("does not retry bookings.create on a 4xx", async () => {
    failuresLeft["bookings.create"] = 1;
    failWith["bookings.create"] = () => testError("CONFLICT", { message: "Not enough places", remaining: 1 });
    const outcome = await mutate(optionsFor(client).bookings.create.mutationOptions(), { ...bookingInput, idempotencyKey: newIdempotencyKey() });
    expect(outcome.ok).toBe(false);
    expect(seenKeys).toHaveLength(1);
  });

  it("never retries other mutations", async () => {
    failuresLeft["bookings.cancel"] = 1;
    const outcome = await mutate(optionsFor(client).bookings.cancel.mutationOptions(), { id: "8f0e0f7e-59a4-4bb0-9a44-7b2c7c1e0c11" });
    expect(outcome.ok).toBe(false);
    expect(requestsFor("bookings.cancel")).toHaveLength(1);
  });
});
