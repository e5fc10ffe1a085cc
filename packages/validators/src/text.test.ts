import { describe, expect, it } from "vitest";
import { controlCharacterMessage, emailAddress, freeText, hasControlCharacters, personName, plainText, sanitizeText } from "./text.ts";

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

describe("control characters in text inputs", () => {
  const controls = ["\u0000", "\u0007", "\u000B", "\u001B", "\u007F", "\u0085", "\u009F"];
  const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

  it("hasControlCharacters finds C0/C1 controls but not tab, newline, carriage return or other Unicode", () => {
    for (const control of controls) expect(hasControlCharacters(`a${control}b`)).toBe(true);
    expect(hasControlCharacters("line\r\n\tnext · café 🍷 \u00A0")).toBe(false);
  });

  it("refuses them (rather than stripping them) in free text, names, emails and plain text", () => {
    for (const control of controls) {
      expect(firstIssue(freeText(50).safeParse(`Window seat${control}`))).toBe(controlCharacterMessage);
      expect(firstIssue(personName.safeParse(`Ada${control}Lovelace`))).toBe(controlCharacterMessage);
      expect(firstIssue(emailAddress.safeParse(`ada${control}@example.com`))).toBe(controlCharacterMessage);
      expect(firstIssue(plainText().safeParse(control))).toBe(controlCharacterMessage);
    }
  });

  it("keeps tabs and newlines in free text", () => {
    expect(freeText(50).parse("Window seat\r\n\tplease")).toBe("Window seat\r\n\tplease");
  });
});
