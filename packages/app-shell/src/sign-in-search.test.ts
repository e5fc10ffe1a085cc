import { describe, expect, it } from "vitest";
import { validateSignInSearch } from "./sign-in-search.ts";

// The router hands `validateSearch` the raw, JSON-parsed search: any value may arrive.
const validate = (search: Record<string, unknown>) => validateSignInSearch(search as unknown as Parameters<typeof validateSignInSearch>[0]);

describe("validateSignInSearch", () => {
  it("keeps a path inside the app", () => {
    expect(validate({ redirect: "/bookings?tab=past" })).toEqual({ redirect: "/bookings?tab=past" });
  });

  it("drops another site, a protocol-relative host and non-strings, but keeps the key", () => {
    for (const redirect of ["https://evil.example/", "//evil.example", 42]) {
      expect(validate({ redirect })).toHaveProperty("redirect", undefined);
    }
    expect(Object.keys(validate({}))).toEqual(["redirect"]);
  });
});
