import { describe, expect, it } from "vitest";
import { cn } from "./cn.ts";

function rowClasses(selected: boolean, extra?: string) {
  return cn("row", selected && "row-selected", extra, ["cell", { "cell-wide": selected, "cell-narrow": !selected }]);
}

describe("cn", () => {
  it("joins classes and drops falsy values", () => {
    expect(rowClasses(true, "mt-2")).toBe("row row-selected mt-2 cell cell-wide");
    expect(rowClasses(false)).toBe("row cell cell-narrow");
  });
});
