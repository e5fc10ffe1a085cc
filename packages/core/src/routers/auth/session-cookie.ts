import { blankSessionCookie, sessionCookie, type SessionCookieOptions } from "@slotted/auth";
import type { Config } from "@slotted/config";
import type { Context } from "../../context.ts";

function cookieOptions(config: Config): SessionCookieOptions {
  return { name: config.auth.cookieName, secure: config.auth.secureCookies };
}

/** Hands the browser its session cookie (API clients use the token in the body instead). */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  ctx.response.appendHeader("Set-Cookie", sessionCookie(cookieOptions(ctx.services.config), token, expiresAt));
}

export function clearSessionCookie(ctx: Context): void {
  ctx.response.appendHeader("Set-Cookie", blankSessionCookie(cookieOptions(ctx.services.config)));
}

/** What createSession needs to know about the client, for the user's session list. */
export function sessionMetadata(ctx: Context) {
  return { userAgent: ctx.request.userAgent, ipAddress: ctx.request.ip };
}
