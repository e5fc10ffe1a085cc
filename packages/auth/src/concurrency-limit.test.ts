import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit.ts";

describe("concurrencyLimit", () => {
  it("never runs more than `max` tasks at once, even as slots are handed over, and runs them all in order", async () => {
    const limit = concurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (id: number) => async () => {
      started.push(id);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return id;
    };
    const first = Array.from({ length: 5 }, (_, i) => limit(task(i)));
    // Arrivals while slots are being handed over must still wait their turn.
    const late = first[0]?.then(() => limit(task(99)));
    expect(await Promise.all(first)).toEqual([0, 1, 2, 3, 4]);
    expect(await late).toBe(99);
    expect(peak).toBe(2);
    expect(started.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it("frees the slot when a task fails", async () => {
    const limit = concurrencyLimit(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit(() => Promise.resolve("next"))).toBe("next");
  });
});
