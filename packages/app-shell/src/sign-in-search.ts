import type { SearchSchemaInput } from "@tanstack/react-router";
import { isSafeRedirect } from "./safe-redirect.ts";

export interface SignInSearch {
  /** Where to go after signing in: a path inside this app. */
  redirect?: string | undefined;
}

/**
 * `?redirect=/bookings/…`. Only paths inside this app survive; anything else (another site,
 * `//host`, a scheme) is dropped rather than followed. The key is always returned: a route
 * passes unvalidated search values through, so leaving it out would let the raw one back in.
 */
export function validateSignInSearch(input: SignInSearch & SearchSchemaInput): SignInSearch {
  const redirect: unknown = input.redirect;
  return { redirect: typeof redirect === "string" && isSafeRedirect(redirect) ? redirect : undefined };
}
