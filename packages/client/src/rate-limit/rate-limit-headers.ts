import type { ResponseLike } from "../errors/error-facts.ts";

/** What a response says about the caller's rate limit. */
export interface RateLimitHeaderFacts {
  /** The category named by the `RateLimit` policy (`"booking_write-60s"` → `booking_write`). */
  category: string | undefined;
  remaining: number | undefined;
  /** Seconds until the binding window frees a place (`t`). */
  resetSeconds: number | undefined;
  /** `Retry-After`, in seconds. */
  retryAfterSeconds: number | undefined;
}

// First item of the IETF structured field: `"<policy>";r=<remaining>;t=<seconds>`.
const rateLimitItem = /^\s*"([^"]+)"((?:\s*;\s*[a-z*][a-z0-9_.*-]*=[^;,]*)*)/i;
// Policy names are `<category>-<window seconds>s`.
const policyName = /^(.+)-\d+s$/;

function parameter(params: string, name: string): number | undefined {
  for (const pair of params.split(";")) {
    const [key, value] = pair.split("=");
    if (key?.trim() === name && value !== undefined) {
      const number = Number(value.trim());
      return Number.isFinite(number) && number >= 0 ? number : undefined;
    }
  }
  return undefined;
}

/** `Retry-After` is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function parseRateLimitHeader(value: string | null): Pick<RateLimitHeaderFacts, "category" | "remaining" | "resetSeconds"> {
  const match = value ? rateLimitItem.exec(value) : null;
  if (!match) return { category: undefined, remaining: undefined, resetSeconds: undefined };
  const [, name = "", params = ""] = match;
  return {
    category: policyName.exec(name)?.[1] ?? name,
    remaining: parameter(params, "r"),
    resetSeconds: parameter(params, "t"),
  };
}

export function readRateLimitHeaders(response: ResponseLike, now: number): RateLimitHeaderFacts {
  return {
    ...parseRateLimitHeader(response.headers.get("RateLimit")),
    retryAfterSeconds: parseRetryAfter(response.headers.get("Retry-After"), now),
  };
}
