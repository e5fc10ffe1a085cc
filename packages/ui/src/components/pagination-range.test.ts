import { describe, expect, it } from "vitest";
import { paginationRange } from "./pagination-range.ts";

describe("paginationRange", () => {
  it("lists every page when there are few", () => {
    expect(paginationRange(1, 1)).toEqual([1]);
    expect(paginationRange(2, 3)).toEqual([1, 2, 3]);
    expect(paginationRange(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps first, last and neighbours of the current page, eliding the rest", () => {
    expect(paginationRange(1, 10)).toEqual([1, 2, "ellipsis-end", 10]);
    expect(paginationRange(5, 10)).toEqual([1, "ellipsis-start", 4, 5, 6, "ellipsis-end", 10]);
    expect(paginationRange(10, 10)).toEqual([1, "ellipsis-start", 9, 10]);
  });

  it("shows a lone hidden page instead of an ellipsis", () => {
    expect(paginationRange(4, 10)).toEqual([1, 2, 3, 4, 5, "ellipsis-end", 10]);
    expect(paginationRange(7, 10)).toEqual([1, "ellipsis-start", 6, 7, 8, 9, 10]);
  });

  it("clamps an out-of-range page and handles no pages", () => {
    expect(paginationRange(99, 4)).toEqual([1, 2, 3, 4]);
    expect(paginationRange(1, 0)).toEqual([]);
  });
});
