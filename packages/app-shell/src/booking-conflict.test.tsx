import { ApiTransportError } from "@slotted/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useBookingConflict } from "./booking-conflict.ts";

afterEach(cleanup);

interface TestBooking {
  id: string;
  version: number;
  time: string;
}

const seen: TestBooking = { id: "b1", version: 1, time: "19:00" };
const conflict = new ApiTransportError("BAD_RESPONSE", "Conflict", "req-409", 409);

/** The hook over a query cache whose "server" holds `onServer`; `reads` counts its answers. */
function renderConflict(onServer: TestBooking, onChanged?: (id: string) => Promise<unknown>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const reads = vi.fn(() => Promise.resolve(onServer));
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const hook = renderHook(
    () =>
      useBookingConflict(seen, {
        latest: (id) => ({ queryKey: ["booking", id], queryFn: reads }),
        describeChanges: (before, after) => [`Time changed from ${before.time} to ${after.time}.`],
        onChanged,
      }),
    { wrapper },
  );
  return { hook, reads, queryClient };
}

describe("useBookingConflict", () => {
  it("after a 409, reloads the booking past the cache and says what someone else changed", async () => {
    const onChanged = vi.fn(() => Promise.resolve());
    const { hook, reads, queryClient } = renderConflict({ ...seen, version: 2, time: "20:00" }, onChanged);
    // A cached copy (the one on screen) must not stand in for the server's.
    queryClient.setQueryData(["booking", "b1"], seen);

    let explained: boolean | undefined;
    await act(async () => {
      explained = await hook.result.current.explain(conflict);
    });

    expect(explained).toBe(true);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(hook.result.current.changed).toEqual({ changes: ["Time changed from 19:00 to 20:00."], requestId: "req-409" });
    expect(onChanged).toHaveBeenCalledWith("b1");

    act(() => hook.result.current.dismiss());
    expect(hook.result.current.changed).toBeNull();
  });

  it("leaves a 409 on an unchanged booking (no room, a duplicate time) to the caller", async () => {
    const onChanged = vi.fn(() => Promise.resolve());
    const { hook, reads } = renderConflict(seen, onChanged);

    let explained: boolean | undefined;
    await act(async () => {
      explained = await hook.result.current.explain(conflict);
    });

    expect(explained).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(hook.result.current.changed).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("does not reload for other failures", async () => {
    const { hook, reads } = renderConflict({ ...seen, version: 2 });

    let explained: boolean | undefined;
    await act(async () => {
      explained = await hook.result.current.explain(new ApiTransportError("BAD_RESPONSE", "Bad gateway", "req-502", 502));
    });

    expect(explained).toBe(false);
    expect(reads).not.toHaveBeenCalled();
    expect(hook.result.current.changed).toBeNull();
  });
});
