import type { HeaderObject, ReferenceObject } from "./document-types.ts";

const integer = { type: "integer", minimum: 0 } as const;
const text = { type: "string" } as const;

/** `components.headers`: each header the server sets, described once. */
export const headerComponents: Record<string, HeaderObject> = {
  RequestId: {
    description: "The request's ID: the caller's `X-Request-ID` when it is safe to reuse, else a new one. Also in every error body as `requestId`.",
    required: true,
    schema: text,
  },
  RateLimit: {
    description: 'The binding window of the rate-limit policy (IETF draft): `"<policy>";r=<remaining>;t=<seconds to reset>`.',
    schema: text,
  },
  RateLimitPolicy: {
    description: 'Every window of the rate-limit policy (IETF draft): `"<policy>";q=<quota>;w=<window seconds>`, comma-separated.',
    schema: text,
  },
  XRateLimitLimit: { description: "Requests allowed in the binding window.", schema: integer },
  XRateLimitRemaining: { description: "Requests left in the binding window.", schema: integer },
  XRateLimitReset: { description: "Seconds until the binding window frees a place.", schema: integer },
  RetryAfter: { description: "Seconds to wait before retrying; the same value as `retryAfter` in the body.", required: true, schema: integer },
  IdempotentReplayed: {
    description: "`true` when this answer replays an earlier request with the same `Idempotency-Key` (nothing new was created).",
    required: true,
    schema: { type: "string", const: "true" },
  },
};

type HeaderName = keyof typeof headerComponents;

const ref = (name: HeaderName): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

/** The headers of one response, by what the operation is and which status it answers. */
export function responseHeaders(options: { status: number; rateLimited: boolean; replayed?: boolean }): Record<string, ReferenceObject> {
  const headers: Record<string, ReferenceObject> = { "X-Request-ID": ref("RequestId") };
  // 413 and 415 are refused before the limiter counts the call, so they carry no rate-limit headers.
  if (options.rateLimited && options.status !== 413 && options.status !== 415) {
    Object.assign(headers, {
      RateLimit: ref("RateLimit"),
      "RateLimit-Policy": ref("RateLimitPolicy"),
      "X-RateLimit-Limit": ref("XRateLimitLimit"),
      "X-RateLimit-Remaining": ref("XRateLimitRemaining"),
      "X-RateLimit-Reset": ref("XRateLimitReset"),
    });
  }
  if (options.status === 429) headers["Retry-After"] = ref("RetryAfter");
  if (options.replayed) headers["Idempotent-Replayed"] = ref("IdempotentReplayed");
  return headers;
}
