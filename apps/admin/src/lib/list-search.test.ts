import { describe, expect, it } from "vitest";
import { readListSearch, readSearchText } from "./list-search.ts";

describe("list search in the URL", () => {
  it("keeps a good page, sort and order, and drops what the list cannot use", () => {
    expect(readListSearch({ page: 3, sort: "name", order: "asc" }, ["name", "email"])).toEqual({ page: 3, sort: "name", order: "asc" });
    expect(readListSearch({ page: "2", sort: "email", order: "desc" }, ["name", "email"])).toEqual({ page: 2, sort: "email", order: "desc" });
    expect(readListSearch({ page: 0, sort: "password", order: "sideways" }, ["name", "email"])).toEqual({
      page: undefined,
      sort: undefined,
      order: undefined,
    });
  });

  it("trims search text, caps it at the server's limit and treats blank as none", () => {
    expect(readSearchText("  ada ")).toBe("ada");
    expect(readSearchText("   ")).toBeUndefined();
    expect(readSearchText(42)).toBeUndefined();
    expect(readSearchText("x".repeat(150))).toHaveLength(100);
  });
});
