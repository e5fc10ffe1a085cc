import { createBookingInput } from "@slotted/validators";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestApiServer, testApiUrl } from "./test-api-server.ts";
import { testError, testProcedure, testRouter } from "./test-trpc.ts";
import { testRateLimitHeaders } from "./test-rate-limit-headers.ts";

const router = testRouter({
  bookings: testRouter({
    create: testProcedure
      .input((raw) => raw as { date?: string })
      .mutation(({ ctx }) => {
        ctx.setHeaders(testRateLimitHeaders({ category: "booking_write", remaining: 0, resetSeconds: 30, retryAfterSeconds: 30 }));
        throw testError("TOO_MANY_REQUESTS", { message: "Too many requests: try again in 30 seconds", retryAfter: 30 });
      }),
    update: testProcedure.input(createBookingInput).mutation(() => ({ ok: true })),
    cancel: testProcedure.mutation(() => {
      throw testError("BAD_REQUEST", { issues: [{ path: "reason", message: "is too long" }] });
    }),
  }),
});

const api = createTestApiServer(router);
beforeAll(() => api.listen());
afterEach(() => api.reset());
afterAll(() => api.close());

async function post(path: string, requestId?: string) {
  const response = await fetch(`${testApiUrl}/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(requestId ? { "X-Request-ID": requestId } : {}) },
    body: JSON.stringify({ json: { date: "2030-01-01" } }),
  });
  return { response, body: (await response.json()) as { error: { json: { data: Record<string, unknown> } } } };
}

describe("createTestApiServer", () => {
  it("answers errors in the server's data shape, with the rate-limit headers a resolver set", async () => {
    const { response, body } = await post("bookings.create", "client-id-1");
    expect(response.status).toBe(429);
    expect(response.headers.get("RateLimit")).toBe('"booking_write-60s";r=0;t=30');
    expect(response.headers.get("Retry-After")).toBe("30");
    expect(response.headers.get("X-Request-ID")).toBe("client-id-1");
    expect(body.error.json.data).toEqual({
      code: "TOO_MANY_REQUESTS",
      message: "Too many requests: try again in 30 seconds",
      requestId: "client-id-1",
      retryAfter: 30,
      httpStatus: 429,
      path: "bookings.create",
    });
  });

  it("reports validation issues and replaces an unsafe request ID, as the server does", async () => {
    const { body } = await post("bookings.cancel", "not safe!");
    expect(body.error.json.data).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "reason", message: "is too long" }] });
    expect(body.error.json.data.requestId).not.toBe("not safe!");
    expect(api.requests.map((request) => request.requestId)).toEqual(["not safe!"]);
  });

  it("reports a shared zod schema's failures as issues by dotted path, as the server does", async () => {
    const response = await fetch(`${testApiUrl}/bookings.update`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { date: "2030-01-01", time: "25:00", partySize: 2, contactPhone: "+44 20 7946 0000" } }),
    });
    const body = (await response.json()) as { error: { json: { data: Record<string, unknown> } } };
    expect(response.status).toBe(400);
    expect(body.error.json.data).toMatchObject({
      code: "BAD_REQUEST",
      message: "time: must be a time in 24-hour HH:MM form",
      issues: [{ path: "time", message: "must be a time in 24-hour HH:MM form" }],
    });
  });

  it("answers the connection probe when the router has no health namespace", async () => {
    const response = await fetch(`${testApiUrl}/health.live`);
    expect(response.status).toBe(200);
  });

  it("answers interruptions in order before the router answers again", async () => {
    api.interruptNext({ status: 502, body: "<h1>Bad gateway</h1>" }, "network");
    expect((await fetch(`${testApiUrl}/health.live`)).status).toBe(502);
    await expect(fetch(`${testApiUrl}/health.live`)).rejects.toThrow();
    expect((await fetch(`${testApiUrl}/health.live`)).status).toBe(200);
    expect(api.requests).toHaveLength(3);
  });
});

describe("interruptNextFor", () => {
  it("interrupts only requests carrying the named call", async () => {
    api.interruptNextFor("bookings.cancel", "network");
    expect((await fetch(`${testApiUrl}/health.live`)).status).toBe(200);
    await expect(post("bookings.cancel")).rejects.toThrow();
    expect((await post("bookings.cancel")).response.status).toBe(400);
  });
});
