import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDebouncedValue } from "./use-debounced-value.ts";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useDebouncedValue", () => {
  it("passes a value on only after it has stayed the same for the delay", () => {
    const { result, rerender } = renderHook(({ value }) => useDebouncedValue(value, 300), { initialProps: { value: "a" } });
    rerender({ value: "ad" });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    rerender({ value: "ada" });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    // 400 ms of typing, but never a 300 ms pause: still the first value.
    expect(result.current).toBe("a");
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(result.current).toBe("ada");
  });
});
