import { describe, expect, it } from "vitest";
import { containsText, likeLiteral } from "./text-search.ts";

describe("likeLiteral", () => {
  it("escapes LIKE's wildcards and its escape character, and nothing else", () => {
    expect(likeLiteral("100%_off\\now")).toBe("100\\%\\_off\\\\now");
    expect(likeLiteral("Ada O'Brien")).toBe("Ada O'Brien");
  });
});

describe("containsText", () => {
  it("is a case-insensitive contains over the escaped text", () => {
    expect(containsText("5%")).toEqual({ contains: "5\\%", mode: "insensitive" });
  });
});
