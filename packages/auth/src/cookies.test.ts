import { buildConfig } from "@slotted/config";
import { describe, expect, it } from "vitest";
import { blankSessionCookie, readBearerToken, readCookie, sessionCookie } from "./cookies.ts";

const attributesOf = (cookie: string) => cookie.split("; ").slice(1);

describe("sessionCookie", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  const expiresAt = new Date("2026-03-31T12:00:00Z");

  it("is HttpOnly, SameSite=Lax, Path=/ with an expiry, and not Secure outside production", () => {
    const { auth } = buildConfig({ NODE_ENV: "development" });
    const cookie = sessionCookie({ name: auth.cookieName, secure: auth.secureCookies }, "tok", expiresAt, now);
    expect(cookie.startsWith("slotted_session=tok; ")).toBe(true);
    expect(attributesOf(cookie)).toEqual([
      "HttpOnly",
      "SameSite=Lax",
      "Path=/",
      "Expires=Tue, 31 Mar 2026 12:00:00 GMT",
      `Max-Age=${30 * 24 * 60 * 60}`,
    ]);
  });

  it("adds Secure in production", () => {
    const { auth } = buildConfig({ NODE_ENV: "production", ALLOW_EMBEDDED: "true", MAIL_DISABLED: "true" });
    expect(auth.secureCookies).toBe(true);
    const cookie = sessionCookie({ name: auth.cookieName, secure: auth.secureCookies }, "tok", expiresAt, now);
    expect(attributesOf(cookie)).toContain("Secure");
    expect(attributesOf(blankSessionCookie({ name: auth.cookieName, secure: true }))).toContain("Secure");
  });

  it("never has a negative Max-Age", () => {
    expect(sessionCookie({ name: "s", secure: false }, "tok", now, expiresAt)).toContain("Max-Age=0");
  });
});

describe("blankSessionCookie", () => {
  it("empties the cookie with the same scope and expires it immediately", () => {
    const cookie = blankSessionCookie({ name: "slotted_session", secure: false });
    expect(cookie.startsWith("slotted_session=; ")).toBe(true);
    expect(attributesOf(cookie)).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=0"]));
    expect(attributesOf(cookie)).not.toContain("Secure");
  });
});

describe("readCookie", () => {
  it("finds one cookie among several and ignores look-alikes", () => {
    const header = "theme=dark; xslotted_session=nope; slotted_session=abc ; other=1";
    expect(readCookie(header, "slotted_session")).toBe("abc");
    expect(readCookie(header, "missing")).toBeUndefined();
    expect(readCookie(undefined, "slotted_session")).toBeUndefined();
  });
});

describe("readBearerToken", () => {
  it("accepts only the Bearer scheme with one token", () => {
    expect(readBearerToken("Bearer abc123")).toBe("abc123");
    expect(readBearerToken("bearer   abc123 ")).toBe("abc123");
    expect(readBearerToken("Basic abc123")).toBeUndefined();
    expect(readBearerToken("Bearer a b")).toBeUndefined();
    expect(readBearerToken("Bearer")).toBeUndefined();
    expect(readBearerToken(undefined)).toBeUndefined();
  });
});
