import { onlineManager, QueryObserver } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../api-client.ts";
import { optionsFor, settle } from "../test/api-fixture.ts";
import { createTestApiClient } from "../testing/test-api-client.ts";
import { createTestApiServer } from "../testing/test-api-server.ts";
import { testError, testProcedure, testRouter } from "../testing/test-trpc.ts";

let venueFails = false;
const router = testRouter({
  bookings: testRouter({
    venue: testProcedure.query(() => {
      if (venueFails) throw testError("BAD_REQUEST", { message: "Bad input" });
      return { name: "Test venue" };
    }),
  }),
});

const api = createTestApiServer(router);
let client: ApiClient;
beforeAll(() => api.listen());
beforeEach(() => {
  vi.useFakeTimers();
  venueFails = false;
  client = createTestApiClient();
});
afterEach(() => {
  client.dispose();
  onlineManager.setOnline(true);
  vi.useRealTimers();
  api.reset();
});
afterAll(() => api.close());

const probes = () => api.requests.filter((request) => request.paths.includes("health.live")).length;

describe("connection awareness", () => {
  it("turns unreachable on a network error, probes health.live with backoff, and refetches what is on screen on recovery", async () => {
    const observer = new QueryObserver(client.queryClient, { ...optionsFor(client).bookings.venue.queryOptions(), retry: false });
    const unsubscribe = observer.subscribe(() => undefined);
    api.interruptNextFor("bookings.venue", "network");
    api.interruptNextFor("health.live", "network", "network");

    await vi.advanceTimersByTimeAsync(100);
    expect(client.connection.getSnapshot()).toBe("unreachable");
    expect(observer.getCurrentResult().status).toBe("error");

    for (let waited = 0; client.connection.getSnapshot() !== "online" && waited < 30_000; waited += 250) {
      await vi.advanceTimersByTimeAsync(250);
    }
    expect(client.connection.getSnapshot()).toBe("online");
    expect(probes()).toBe(3);

    await vi.advanceTimersByTimeAsync(100);
    expect(observer.getCurrentResult().data).toEqual({ name: "Test venue" });
    unsubscribe();
  });

  it("turns unreachable on a gateway error and back online with the next answer", async () => {
    const listener = vi.fn();
    client.connection.subscribe(listener);
    api.interruptNextFor("bookings.venue", { status: 503, body: "Service Unavailable", contentType: "text/plain" });
    await settle(client.trpcClient.bookings.venue.query());
    expect(client.connection.getSnapshot()).toBe("unreachable");

    await settle(client.trpcClient.bookings.venue.query());
    expect(client.connection.getSnapshot()).toBe("online");
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("stays online when the server refuses a call: it answered", async () => {
    venueFails = true;
    await settle(client.trpcClient.bookings.venue.query());
    expect(client.connection.getSnapshot()).toBe("online");
  });

  it("follows the browser's online and offline events, and does not probe while offline", async () => {
    onlineManager.setOnline(false);
    expect(client.connection.getSnapshot()).toBe("offline");
    client.connection.reportUnreachable();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(probes()).toBe(0);

    onlineManager.setOnline(true);
    expect(client.connection.getSnapshot()).toBe("unreachable");
    await vi.advanceTimersByTimeAsync(1_500);
    expect(probes()).toBe(1);
    expect(client.connection.getSnapshot()).toBe("online");
  });
});
