// The semantics every RateLimitStore must share, run against each store by its own test file.
// `advance` moves time: a real sleep for Redis (server TIME), an injected clock for memory.
import { expect, it } from "vitest";
import type { LimitSubject, RateLimitStore, WindowRule } from "./types.ts";

export interface StoreHarness {
  store: () => RateLimitStore;
  key: (name: string) => string;
  advance: (ms: number) => Promise<void>;
}

const minute: WindowRule = { limit: 10, windowMs: 60_000 };

export function storeContract({ store, key, advance }: StoreHarness): void {
  const subject = (name: string, ...rules: WindowRule[]): LimitSubject => ({
    key: key(name),
    rules,
  });

  it("allows exactly `limit`, then rejects", async () => {
    const s = subject("exact", { limit: 3, windowMs: 10_000 });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await store().consume([s]));
    expect(decisions.map((d) => d.allowed)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0, 0]);
    for (const d of decisions) {
      expect(d.limit).toBe(3);
      expect(d.windowSeconds).toBe(10);
      expect(d.resetSeconds).toBe(10);
    }
    expect(decisions.map((d) => d.retryAfterSeconds)).toEqual([
      0, 0, 0, 10, 10,
    ]);
  });

  it("frees places when hits expire", async () => {
    const s = subject("expiry", { limit: 2, windowMs: 300 });
    expect((await store().consume([s])).allowed).toBe(true);
    expect((await store().consume([s])).allowed).toBe(true);
    const rejected = await store().consume([s]);
    expect(rejected.allowed).toBe(false);
    expect(rejected.retryAfterSeconds).toBe(1);
    await advance(350);
    const again = await store().consume([s]);
    expect(again).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("slides: only hits older than the window expire", async () => {
    const s = subject("slide", { limit: 2, windowMs: 1000 });
    expect((await store().consume([s])).allowed).toBe(true);
    await advance(500);
    expect((await store().consume([s])).allowed).toBe(true);
    expect((await store().consume([s])).allowed).toBe(false);
    await advance(600); // first hit expired, second still counts
    expect(await store().consume([s])).toMatchObject({
      allowed: true,
      remaining: 0,
    });
    expect((await store().consume([s])).allowed).toBe(false);
  });

  it("reports reset and retry-after from the oldest hits at the boundary", async () => {
    const s = subject("boundary", { limit: 2, windowMs: 4000 });
    await store().consume([s]);
    await advance(1500);
    const last = await store().consume([s]);
    // The oldest hit frees its place 2.5 s from now.
    expect(last).toEqual({
      allowed: true,
      limit: 2,
      remaining: 0,
      resetSeconds: 3,
      retryAfterSeconds: 0,
      windowSeconds: 4,
    });
    const rejected = await store().consume([s]);
    expect(rejected).toEqual({
      allowed: false,
      limit: 2,
      remaining: 0,
      resetSeconds: 3,
      retryAfterSeconds: 3,
      windowSeconds: 4,
    });
  });

  it("checks every window together and records nothing on rejection", async () => {
    const hour: WindowRule = { limit: 2, windowMs: 3_600_000 };
    const s = subject("two-windows", minute, hour);
    const first = await store().consume([s]);
    // The hour rule has fewer places left, so it binds.
    expect(first).toMatchObject({
      allowed: true,
      limit: 2,
      remaining: 1,
      windowSeconds: 3600,
    });
    await store().consume([s]);
    const rejected = await store().consume([s]);
    expect(rejected).toMatchObject({
      allowed: false,
      limit: 2,
      remaining: 0,
      retryAfterSeconds: 3600,
    });
    // The minute rule alone still sees only the 2 accepted hits.
    expect(
      await store().consume([subject("two-windows", minute)]),
    ).toMatchObject({
      allowed: true,
      remaining: 7,
    });
  });

  it("decides several subjects all-or-nothing", async () => {
    const ip = subject("ip", minute);
    const email = subject("email", { limit: 1, windowMs: 60_000 });
    expect((await store().consume([ip, email])).allowed).toBe(true);
    const rejected = await store().consume([ip, email]);
    expect(rejected).toMatchObject({
      allowed: false,
      limit: 1,
      remaining: 0,
      retryAfterSeconds: 60,
    });
    // The IP log holds only the accepted call: 10 - 2 after this one.
    expect(await store().consume([ip])).toMatchObject({
      allowed: true,
      remaining: 8,
    });
    // Another email from the same IP is still fine.
    expect(
      (
        await store().consume([
          ip,
          subject("email-2", { limit: 1, windowMs: 60_000 }),
        ])
      ).allowed,
    ).toBe(true);
  });

  it("counts a key listed twice once, against all its rules", async () => {
    const a = subject("dup", { limit: 3, windowMs: 60_000 });
    const b = subject("dup", { limit: 5, windowMs: 120_000 });
    expect(await store().consume([a, b])).toMatchObject({
      allowed: true,
      limit: 3,
      remaining: 2,
    });
    expect(await store().consume([a])).toMatchObject({
      allowed: true,
      remaining: 1,
    });
  });

  it("charges a cost atomically", async () => {
    const s = subject("cost", { limit: 5, windowMs: 60_000 });
    expect(await store().consume([s], 3)).toMatchObject({
      allowed: true,
      remaining: 2,
    });
    // 3 more do not fit: rejected whole, and 2 places are still reported.
    expect(await store().consume([s], 3)).toMatchObject({
      allowed: false,
      remaining: 2,
      retryAfterSeconds: 60,
    });
    expect(await store().consume([s], 2)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
    // A cost above the limit can never pass.
    const never = await store().consume(
      [subject("cost-never", { limit: 2, windowMs: 30_000 })],
      3,
    );
    expect(never).toMatchObject({
      allowed: false,
      remaining: 2,
      resetSeconds: 0,
      retryAfterSeconds: 30,
    });
  });

  it("rejects malformed input as a programming error", async () => {
    const s = subject("invalid", minute);
    await expect(store().consume([s], 0)).rejects.toThrow(RangeError);
    await expect(store().consume([s], 1.5)).rejects.toThrow(RangeError);
    await expect(store().consume([])).rejects.toThrow(RangeError);
    await expect(
      store().consume([subject("invalid", { limit: 0, windowMs: 1000 })]),
    ).rejects.toThrow(RangeError);
  });
}
