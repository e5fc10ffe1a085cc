import type { Config } from "@slotted/config";
import type { RequestInfo } from "../context.ts";
import { appError } from "../errors/index.ts";
import type { AuthState } from "./resolve-auth.ts";

/**
 * CSRF defence for cookie-authenticated writes: the browser's Origin must be our own host, the
 * configured public origin, or one of CORS_ORIGINS. Bearer-token calls need no check (a
 * cross-site page cannot attach the header).
 */
export function isTrustedOrigin(request: RequestInfo, config: Config): boolean {
  const origin = request.origin;
  if (!origin || !URL.canParse(origin)) return false;
  const parsed = new URL(origin);
  if (request.host && parsed.host === request.host) return true;
  if (config.http.publicOrigin && parsed.origin === new URL(config.http.publicOrigin).origin) return true;
  return config.http.corsOrigins.includes(parsed.origin);
}

/** Throws 403 when a state-changing call rides on a session cookie from an untrusted origin. */
export function assertTrustedWrite(auth: AuthState, request: RequestInfo, config: Config): void {
  if (auth.via === "cookie" && !isTrustedOrigin(request, config)) {
    throw appError("FORBIDDEN", "Cross-site request blocked: the Origin header is missing or not trusted");
  }
}
