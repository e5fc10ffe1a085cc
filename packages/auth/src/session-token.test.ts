import { describe, expect, it } from "vitest";
import { generateSessionToken, isWellFormedToken, sessionIdFromToken } from "./session-token.ts";

describe("session tokens", () => {
  it("are 32 lower-case base32 characters and never repeat", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateSessionToken()));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(isWellFormedToken(token)).toBe(true);
  });

  it("map to their SHA-256 in hex as the stored session ID", () => {
    // Known SHA-256 test vector ("abc").
    expect(sessionIdFromToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = generateSessionToken();
    expect(sessionIdFromToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdFromToken(token)).not.toContain(token);
  });

  it("rejects tokens we could not have minted", () => {
    for (const bad of ["", "short", "A".repeat(32), `${"a".repeat(31)}1`, `${"a".repeat(32)} `, "a".repeat(33)]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
