import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNow } from "./use-now.ts";

describe("useNow", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ticks once a second", () => {
    const { result } = renderHook(() => useNow());
    expect(result.current).toBe(1_000_000);
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(result.current).toBe(1_001_000);
  });

  it("stops ticking once stopAt has passed", () => {
    const { result } = renderHook(() => useNow(1000, 1_002_000));
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(result.current).toBe(1_002_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
