export interface SessionCookieOptions {
  name: string;
  /** Production only: browsers then send the cookie over HTTPS alone. */
  secure: boolean;
}

const baseAttributes = ["HttpOnly", "SameSite=Lax", "Path=/"];

/** `Set-Cookie` for a session: HttpOnly, SameSite=Lax, Path=/, Secure in production. */
export function sessionCookie(options: SessionCookieOptions, token: string, expiresAt: Date, now: Date = new Date()): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${options.name}=${token}`,
    ...baseAttributes,
    `Expires=${expiresAt.toUTCString()}`,
    `Max-Age=${maxAge}`,
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

/** `Set-Cookie` that removes the session cookie (same attributes, so browsers match and drop it). */
export function blankSessionCookie(options: SessionCookieOptions): string {
  return [`${options.name}=`, ...baseAttributes, "Expires=Thu, 01 Jan 1970 00:00:00 GMT", "Max-Age=0", ...(options.secure ? ["Secure"] : [])].join("; ");
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
