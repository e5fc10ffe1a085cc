export interface SessionCookieOptions {
  name: string;
  secure: boolean;
}

/** `Set-Cookie` for a session: HttpOnly, SameSite=Lax, Path=/, Secure in production. */
export function sessionCookie(options: SessionCookieOptions, token: string, expiresAt: Date): string {
  const parts = [
    `${options.name}=${token}`,
    "HttpOnly",
    "SameSite=Lax",
    "Path=/",
    `Expires=${expiresAt.toUTCString()}`,
    `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`,
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** `Set-Cookie` that removes the session cookie. */
export function blankSessionCookie(options: SessionCookieOptions): string {
  return [`${options.name}=`, "HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0", ...(options.secure ? ["Secure"] : [])].join("; ");
}

/** The value of one cookie from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The token of an `Authorization: Bearer <token>` header. */
export function readBearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1];
}
