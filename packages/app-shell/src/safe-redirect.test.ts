import { describe, expect, it } from "vitest";
import { isSafeRedirect } from "./safe-redirect.ts";

describe("isSafeRedirect", () => {
  it.each(["/bookings", "/bookings/0b8e4f6a-3c1d-4e2f-9a7b-5c6d7e8f9a0b", "/book?date=2026-06-14&party=4", "/account#sessions"])(
    "follows the in-app path %s",
    (path) => expect(isSafeRedirect(path)).toBe(true),
  );

  it.each([
    "https://evil.example/",
    "//evil.example/phish",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "bookings",
    "/\t/evil.example",
    "",
  ])("drops %j", (value) => expect(isSafeRedirect(value)).toBe(false));
});
