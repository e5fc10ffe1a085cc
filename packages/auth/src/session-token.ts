import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** 160 random bits, base32: what the client holds. Never stored. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The session's ID is the SHA-256 of its token, so a leaked sessions table grants nothing. */
export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Tokens we mint are 32 base32 characters; anything else is rejected before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[a-z2-7]{32}$/.test(token);
}
