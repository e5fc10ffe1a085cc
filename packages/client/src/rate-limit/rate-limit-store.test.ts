import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStorage } from "../storage/memory-storage.ts";
import { createRateLimitStore } from "./rate-limit-store.ts";

describe("createRateLimitStore", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("holds a learned category until the reset, then clears itself and tells listeners", () => {
    const store = createRateLimitStore({ storage: createMemoryStorage() });
    const listener = vi.fn();
    store.subscribe(listener);
    store.learnCategory("bookings.create", "booking_write");
    const hold = store.hold({ category: "booking_write", retryAfterSeconds: 30, requestId: "req-1" });

    expect(hold).toMatchObject({ category: "booking_write", totalSeconds: 30, label: "Booking changes", requestId: "req-1" });
    expect(hold.until).toBe(Date.now() + 30_000);
    expect(store.holdFor("bookings.create")).toBe(hold);
    expect(store.holdFor("bookings.venue")).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(29_999);
    expect(store.holdFor("bookings.create")).toBe(hold);
    vi.advanceTimersByTime(1);
    expect(store.holdFor("bookings.create")).toBeNull();
    expect(store.getSnapshot()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
    store.dispose();
  });

  it("remembers holds and learned categories across a reload of the same storage", () => {
    const storage = createMemoryStorage();
    const first = createRateLimitStore({ storage });
    first.learnCategory("auth.login", "auth");
    first.hold({ category: "auth", retryAfterSeconds: 60 });
    first.dispose();

    const reloaded = createRateLimitStore({ storage });
    expect(reloaded.holdFor("auth.login")).toMatchObject({ category: "auth", label: "Signing in and signing up" });
    vi.advanceTimersByTime(60_000);
    expect(reloaded.holdFor("auth.login")).toBeNull();
    reloaded.dispose();
    expect(createRateLimitStore({ storage }).getSnapshot()).toEqual([]);
  });

  it("keeps a hold whose notice was dismissed, and keeps the array stable until something changes", () => {
    const store = createRateLimitStore({ storage: createMemoryStorage() });
    store.learnCategory("bookings.cancel", "booking_write");
    store.hold({ category: "booking_write", retryAfterSeconds: 10 });
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);

    store.dismissNotice("booking_write");
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.holdFor("bookings.cancel")).toMatchObject({ noticeDismissed: true });
    store.dispose();
  });

  it("keeps the later end when a category is refused again, and shows the notice again for a longer hold", () => {
    const store = createRateLimitStore({ storage: createMemoryStorage() });
    const long = store.hold({ category: "default", retryAfterSeconds: 60 });
    expect(store.hold({ category: "default", retryAfterSeconds: 5 })).toBe(long);
    store.dismissNotice("default");
    const longer = store.hold({ category: "default", retryAfterSeconds: 120 });
    expect(longer.noticeDismissed).toBe(false);
    expect(store.getSnapshot()).toEqual([longer]);
    store.dispose();
  });

  it("ignores storage it cannot read", () => {
    const storage = createMemoryStorage();
    storage.setItem("slotted.rate-limits.v1", "{not json");
    expect(createRateLimitStore({ storage }).getSnapshot()).toEqual([]);
    storage.setItem("slotted.rate-limits.v1", JSON.stringify({ holds: [{ category: 1 }, "x"], categories: { a: 2 } }));
    const store = createRateLimitStore({ storage });
    expect(store.getSnapshot()).toEqual([]);
    expect(store.categoryOf("a")).toBeUndefined();
  });
});
