import { describe, expect, it } from "vitest";
import { jsonNestingExceeds, maxJsonDepth } from "../../src/http/json-depth.ts";

const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
const bytes = (text: string) => new TextEncoder().encode(text);

describe("jsonNestingExceeds", () => {
  it("allows exactly the maximum depth and refuses one more, as text or UTF-8 bytes", () => {
    expect(jsonNestingExceeds(nested(maxJsonDepth))).toBe(false);
    expect(jsonNestingExceeds(nested(maxJsonDepth + 1))).toBe(true);
    expect(jsonNestingExceeds(bytes(nested(maxJsonDepth)))).toBe(false);
    expect(jsonNestingExceeds(bytes(nested(maxJsonDepth + 1)))).toBe(true);
  });

  it("counts objects and arrays alike, and depth, not the number of siblings", () => {
    expect(jsonNestingExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonNestingExceeds('{"a":[{"b":[[1]]}]}', 4)).toBe(true);
    expect(jsonNestingExceeds("[" + "[],".repeat(10_000) + "[]]", 2)).toBe(false);
  });

  it("ignores brackets inside strings, escaped quotes and backslashes included", () => {
    expect(jsonNestingExceeds(`["${"[{".repeat(100)}"]`, 1)).toBe(false);
    expect(jsonNestingExceeds(String.raw`["a \" [[[[ \\", "\\\"{{{{"]`, 1)).toBe(false);
    expect(jsonNestingExceeds(String.raw`["a \\", [[1]]]`, 2)).toBe(true);
    expect(jsonNestingExceeds(bytes(`["café 🍷 ${"[".repeat(50)}"]`), 1)).toBe(false);
  });
});
