import { describe, expect, it } from "vitest";
import { phoneNumber, phoneText, toE164 } from "./phone.ts";

describe("toE164", () => {
  it("reads national numbers in the default region", () => {
    expect(toE164("07911 123456", "GB")).toBe("+447911123456");
    expect(toE164("(212) 555-0199", "US")).toBe("+12125550199");
  });
  it("keeps an explicit country code whatever the region", () => {
    expect(toE164("+33 6 12 34 56 78", "GB")).toBe("+33612345678");
    expect(toE164("+1 212 555 0199", "GB")).toBe("+12125550199");
  });
  it("rejects numbers that cannot exist", () => {
    expect(toE164("07911 12345", "GB")).toBeUndefined();
    expect(toE164("12345", "GB")).toBeUndefined();
    expect(toE164("(212) 555-0199", "GB")).toBeUndefined();
  });
});

describe("phoneText", () => {
  it("accepts typed numbers with separators and trims them", () => {
    expect(phoneText.parse(" +44 (0)7911-123.456 ")).toBe("+44 (0)7911-123.456");
    expect(phoneText.parse("(212) 555-0199")).toBe("(212) 555-0199");
  });
  it("rejects letters, empty input and oversized input", () => {
    expect(phoneText.safeParse("call me").success).toBe(false);
    expect(phoneText.safeParse("   ").success).toBe(false);
    expect(phoneText.safeParse("+1-2").success).toBe(false);
    expect(phoneText.safeParse("07911+123456").success).toBe(false);
    expect(phoneText.safeParse("1".repeat(41)).success).toBe(false);
  });
});

describe("phoneNumber(region)", () => {
  it("outputs E.164 or names the region in its message", () => {
    expect(phoneNumber("GB").parse("07911 123456")).toBe("+447911123456");
    const result = phoneNumber("GB").safeParse("555 0199");
    expect(result.error?.issues[0]?.message).toMatch(/outside GB need their \+ country code/);
  });
});
