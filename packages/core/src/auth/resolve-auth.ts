import { readBearerToken, readCookie, validateSessionToken, type SessionUser, type ValidSession } from "@slotted/auth";
import type { RequestInfo } from "../context.ts";
import type { AppServices } from "../services.ts";

export interface AuthState {
  user: SessionUser;
  session: ValidSession;
  /** How the token arrived; cookie-borne writes get the same-origin check. */
  via: "bearer" | "cookie";
}

/** Finds the caller's session: a bearer token wins over the cookie (outside consumers send one). */
export async function resolveAuth(services: AppServices, request: RequestInfo): Promise<AuthState | null> {
  const bearer = readBearerToken(request.authorization);
  const token = bearer ?? readCookie(request.cookieHeader, services.config.auth.cookieName);
  if (!token) return null;
  const result = await validateSessionToken(services.db.prisma, token);
  return result ? { ...result, via: bearer ? "bearer" : "cookie" } : null;
}
