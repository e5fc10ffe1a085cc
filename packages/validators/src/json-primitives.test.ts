import { describe, expect, it } from "vitest";
import { jsonBoolean, jsonInteger, queryBoolean, queryInteger } from "./json-primitives.ts";

describe("JSON body primitives", () => {
  it("accept only real JSON numbers and booleans", () => {
    const size = jsonInteger(1, 50);
    expect(size.parse(4)).toBe(4);
    for (const confused of ["4", true, { n: 4 }, 4.5, 0, 51]) expect(size.safeParse(confused).success).toBe(false);
    expect(jsonBoolean.parse(false)).toBe(false);
    expect(jsonBoolean.safeParse("false").success).toBe(false);
  });
});

describe("query-string primitives", () => {
  it("accept the text form a URL carries, and JSON values from tRPC", () => {
    const page = queryInteger(1, 100);
    expect(page.parse("2")).toBe(2);
    expect(page.parse(2)).toBe(2);
    for (const bad of ["2.5", "-1", "abc", "0", "101", { page: 1 }]) expect(page.safeParse(bad).success).toBe(false);
    expect(queryBoolean.parse("false")).toBe(false);
    expect(queryBoolean.parse(true)).toBe(true);
    expect(queryBoolean.safeParse("no").success).toBe(false);
  });
});
