import { describe, expect, it } from "vitest";
import { callSubjects } from "./subjects.ts";

const rules = [{ limit: 10, windowMs: 60_000 }];

describe("callSubjects", () => {
  it("counts the caller per category", () => {
    expect(callSubjects({ category: "default", caller: { key: "ip:1.2.3.4", role: null }, rules })).toEqual([
      { key: "rl:{default:ip:1.2.3.4}", rules },
    ]);
    expect(callSubjects({ category: "booking_write", caller: { key: "user:u1", role: "CUSTOMER" }, rules })).toEqual([
      { key: "rl:{booking_write:user:u1}", rules },
    ]);
  });

  it("adds the target email for auth calls only", () => {
    const caller = { key: "ip:1.2.3.4", role: null };
    expect(callSubjects({ category: "auth", caller, rules, targetEmailHash: "abc" })).toEqual([
      { key: "rl:{auth:ip:1.2.3.4}", rules },
      { key: "rl:{auth:email:abc}", rules },
    ]);
    expect(callSubjects({ category: "default", caller, rules, targetEmailHash: "abc" })).toHaveLength(1);
  });
});
