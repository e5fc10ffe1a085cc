import { describe, expect, it } from "vitest";
import type { ResponseControls } from "../context.ts";
import { applyCallDecision, isStricter } from "./strictest-decision.ts";
import type { LimitDecision } from "./types.ts";

const rules = [{ limit: 10, windowMs: 60_000 }];
const decision = (overrides: Partial<LimitDecision>): LimitDecision => ({
  allowed: true,
  limit: 10,
  remaining: 5,
  resetSeconds: 30,
  retryAfterSeconds: 0,
  windowSeconds: 60,
  ...overrides,
});

function recordingResponse(): ResponseControls & { headers: Map<string, string> } {
  const headers = new Map<string, string>();
  return {
    headers,
    setHeader: (name, value) => headers.set(name, value),
    appendHeader: (name, value) => headers.set(name, `${headers.get(name) ?? ""}${value}`),
    setStatus: () => undefined,
    status: undefined,
  };
}

describe("isStricter", () => {
  it("ranks rejections first, then the longer wait, then fewer places, then the later reset", () => {
    expect(isStricter(decision({ allowed: false, retryAfterSeconds: 1 }), decision({ remaining: 0 }))).toBe(true);
    expect(isStricter(decision({ remaining: 0 }), decision({ allowed: false, retryAfterSeconds: 1 }))).toBe(false);
    expect(isStricter(decision({ allowed: false, retryAfterSeconds: 9 }), decision({ allowed: false, retryAfterSeconds: 3 }))).toBe(true);
    expect(isStricter(decision({ remaining: 1 }), decision({ remaining: 2 }))).toBe(true);
    expect(isStricter(decision({ remaining: 2 }), decision({ remaining: 1 }))).toBe(false);
    expect(isStricter(decision({ resetSeconds: 40 }), decision({ resetSeconds: 30 }))).toBe(true);
    expect(isStricter(decision({}), decision({}))).toBe(false);
  });
});

describe("applyCallDecision", () => {
  it("keeps the strictest decision of a batch whatever order the calls finish in", () => {
    const response = recordingResponse();
    applyCallDecision(response, { category: "default", rules, decision: decision({ remaining: 2 }) });
    applyCallDecision(response, { category: "auth", rules, decision: decision({ allowed: false, remaining: 0, retryAfterSeconds: 12, resetSeconds: 12 }) });
    applyCallDecision(response, { category: "default", rules, decision: decision({ remaining: 0 }) });
    applyCallDecision(response, { category: "default", rules, decision: decision({ remaining: 7 }) });
    expect(response.headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(response.headers.get("Retry-After")).toBe("12");
    expect(response.headers.get("RateLimit")).toBe('"auth-60s";r=0;t=12');
  });

  it("keeps the state per response", () => {
    const first = recordingResponse();
    const second = recordingResponse();
    applyCallDecision(first, { category: "default", rules, decision: decision({ remaining: 1 }) });
    applyCallDecision(second, { category: "default", rules, decision: decision({ remaining: 8 }) });
    expect(first.headers.get("X-RateLimit-Remaining")).toBe("1");
    expect(second.headers.get("X-RateLimit-Remaining")).toBe("8");
  });
});
