import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toUiError } from "../errors/to-ui-error.ts";
import { createTestApiClient } from "../testing/test-api-client.ts";
import { createTestApiServer } from "../testing/test-api-server.ts";
import { testError, testProcedure, testRouter } from "../testing/test-trpc.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const router = testRouter({
  auth: testRouter({ me: testProcedure.query(() => ({ id: "user-1" })) }),
  bookings: testRouter({
    venue: testProcedure.query(() => ({ name: "Test venue" })),
    cancel: testProcedure.mutation(() => {
      throw testError("NOT_FOUND", { message: "Booking not found" });
    }),
  }),
});

const api = createTestApiServer(router);
beforeAll(() => api.listen());
afterEach(() => api.reset());
afterAll(() => api.close());

describe("request IDs", () => {
  it("sends a fresh X-Request-ID with every HTTP request, shared by the calls of one batch", async () => {
    const client = createTestApiClient();
    await client.trpcClient.auth.me.query();
    await client.trpcClient.auth.me.query();
    await Promise.all([client.trpcClient.auth.me.query(), client.trpcClient.bookings.venue.query()]);

    const ids = api.requests.map((request) => request.requestId);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(3);
    expect(api.requests[2]?.paths).toEqual(["auth.me", "bookings.venue"]);
    client.dispose();
  });

  it("shows the server's request ID on a server error", async () => {
    const client = createTestApiClient();
    const error = await client.trpcClient.bookings.cancel.mutate({ id: "8f0e0f7e-59a4-4bb0-9a44-7b2c7c1e0c11" }).catch((e: unknown) => e);
    expect(toUiError(error)).toMatchObject({ code: "NOT_FOUND", status: 404, requestId: api.requests[0]?.requestId });
    client.dispose();
  });

  it("keeps the sent ID when no answer came back", async () => {
    const client = createTestApiClient();
    api.interruptNext("network");
    const error = await client.trpcClient.auth.me.query().catch((e: unknown) => e);
    const sent = api.requests[0]?.requestId;
    expect(sent).toMatch(uuid);
    expect(toUiError(error)).toMatchObject({ code: "NETWORK", requestId: sent });
    client.dispose();
  });

  it("keeps the sent ID and the status when a proxy answers with a page instead of our JSON", async () => {
    const client = createTestApiClient();
    api.interruptNext({ status: 502, body: "<html><body>Bad gateway</body></html>" });
    const error = await client.trpcClient.auth.me.query().catch((e: unknown) => e);
    expect(toUiError(error)).toMatchObject({ code: "BAD_GATEWAY", status: 502, requestId: api.requests[0]?.requestId });
    client.dispose();
  });
});
