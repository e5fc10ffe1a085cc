import { useQuery } from "@tanstack/react-query";
import { act, cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiClient } from "../api-client.ts";
import { useConnectionStatus } from "../connection/use-connection-status.ts";
import { clientLogger, recentLogEntries } from "../logging/page-logger.ts";
import { dismissRateLimitNotice, useRateLimitHold, useRateLimitHolds } from "../rate-limit/use-rate-limit-holds.ts";
import { createMemoryStorage } from "../storage/memory-storage.ts";
import { bookingInput, settle } from "../test/api-fixture.ts";
import { createTestApiClient } from "../testing/test-api-client.ts";
import { createTestApiServer } from "../testing/test-api-server.ts";
import { testRateLimitHeaders } from "../testing/test-rate-limit-headers.ts";
import { testError, testProcedure, testRouter } from "../testing/test-trpc.ts";
import { useTRPC } from "../trpc.ts";
import { ApiProvider } from "./api-provider.tsx";

const router = testRouter({
  bookings: testRouter({
    venue: testProcedure.query(() => ({ name: "Test venue" })),
    create: testProcedure.input((raw) => raw).mutation(({ ctx }) => {
      ctx.setHeaders(testRateLimitHeaders({ category: "booking_write", remaining: 0, resetSeconds: 30, retryAfterSeconds: 30 }));
      throw testError("TOO_MANY_REQUESTS", { retryAfter: 30 });
    }),
  }),
});

const api = createTestApiServer(router);
const clients: ApiClient[] = [];
beforeAll(() => api.listen());
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  for (const client of clients.splice(0)) client.dispose();
  vi.useRealTimers();
  api.reset();
});
afterAll(() => api.close());

function render<T>(hook: () => T, storage = createMemoryStorage()) {
  const client = createTestApiClient({ storage });
  clients.push(client);
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={client}>{children}</ApiProvider>;
  return { client, ...renderHook(hook, { wrapper }) };
}

const useHolds = () => ({
  hold: useRateLimitHold("bookings.create"),
  notices: useRateLimitHolds(),
  all: useRateLimitHolds({ includeDismissed: true }),
});

describe("ApiProvider", () => {
  it("gives components the typed tRPC hooks on the client's QueryClient", async () => {
    const { result } = render(() => useQuery(useTRPC().bookings.venue.queryOptions()));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(result.current.data).toEqual({ name: "Test venue" });
  });
});

describe("rate-limit hooks", () => {
  it("show a hold after a 429, hide its notice on dismissal while the hold stays, and clear at the reset", async () => {
    const { client, result } = render(useHolds);
    expect(result.current).toEqual({ hold: null, notices: [], all: [] });

    await act(async () => {
      await settle(client.trpcClient.bookings.create.mutate(bookingInput));
    });
    expect(result.current.hold).toMatchObject({ category: "booking_write", label: "Booking changes", totalSeconds: 30 });
    expect(result.current.notices).toHaveLength(1);

    act(() => dismissRateLimitNotice("booking_write"));
    expect(result.current.notices).toEqual([]);
    expect(result.current.all).toHaveLength(1);
    expect(result.current.hold?.noticeDismissed).toBe(true);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(result.current).toEqual({ hold: null, notices: [], all: [] });
  });

  it("survive a remount on the same storage (a reload)", async () => {
    const storage = createMemoryStorage();
    const first = render(useHolds, storage);
    await act(async () => {
      await settle(first.client.trpcClient.bookings.create.mutate(bookingInput));
    });
    first.unmount();

    const second = render(useHolds, storage);
    expect(second.result.current.hold?.category).toBe("booking_write");
    expect(second.result.current.notices).toHaveLength(1);
  });
});

describe("useConnectionStatus", () => {
  it("re-renders when the server becomes unreachable and answers again", () => {
    const { client, result } = render(useConnectionStatus);
    expect(result.current).toBe("online");
    act(() => client.connection.reportUnreachable());
    expect(result.current).toBe("unreachable");
    act(() => client.connection.reportReachable());
    expect(result.current).toBe("online");
  });
});

describe("clientLogger", () => {
  it("writes to the mounted client's logger", () => {
    const { client, unmount } = render(() => null);
    clientLogger.error("boundary.caught", { requestId: "req-7", code: "UNKNOWN" });
    expect(client.logger.recentLogEntries().at(-1)).toMatchObject({ event: "boundary.caught", fields: { requestId: "req-7" } });
    expect(recentLogEntries().at(-1)?.event).toBe("boundary.caught");
    unmount();
    clientLogger.error("after.unmount");
    expect(client.logger.recentLogEntries().at(-1)?.event).toBe("boundary.caught");
  });
});
