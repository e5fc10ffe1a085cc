import { describe, expect, it } from "vitest";
import { emailAddress, freeText, personName, sanitizeText } from "./text.ts";

describe("sanitizeText", () => {
  it("strips HTML tags, null bytes and control characters, then trims", () => {
    expect(sanitizeText("  <b>Window</b> seat\u0000 please<script>alert(1)</script>\u0007 ")).toBe("Window seat pleasealert(1)");
  });
  it("keeps newlines and tabs", () => {
    expect(sanitizeText("line one\n\tline two")).toBe("line one\n\tline two");
  });
});

describe("freeText", () => {
  it("checks the length after sanitising and names the limit", () => {
    const schema = freeText(5);
    expect(schema.parse("  <i>abcde</i>  ")).toBe("abcde");
    const result = schema.safeParse("abcdef");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("must be at most 5 characters");
  });
});

describe("emailAddress", () => {
  it("trims and lower-cases", () => {
    expect(emailAddress.parse("  Ada.Lovelace@Example.COM ")).toBe("ada.lovelace@example.com");
  });
  it("rejects non-emails and oversized input", () => {
    expect(emailAddress.safeParse("not-an-email").success).toBe(false);
    expect(emailAddress.safeParse(`${"a".repeat(250)}@x.com`).success).toBe(false);
  });
});

describe("personName", () => {
  it("collapses whitespace and rejects empty names", () => {
    expect(personName.parse("  Ada \n  Lovelace ")).toBe("Ada Lovelace");
    expect(personName.safeParse(" <b></b> ").success).toBe(false);
  });
});
