import { describe, expect, it } from "vitest";
import { parseSeedArgs, SeedArgsError } from "./seed-args.ts";

describe("parseSeedArgs", () => {
  it("defaults to 3,000 bookings, 200 customers and 5 staff", () => {
    expect(parseSeedArgs([])).toEqual({ bookings: 3_000, customers: 200, staff: 5, help: false });
  });
  it("reads --scale N and --scale=N, adding customers for large scales", () => {
    expect(parseSeedArgs(["--scale", "500"]).bookings).toBe(500);
    expect(parseSeedArgs(["--", "--scale=150000"])).toMatchObject({ bookings: 150_000, customers: 10_000 });
  });
  it("rejects bad scales and unknown options instead of seeding something else", () => {
    for (const argv of [["--scale"], ["--scale", "lots"], ["--scale", "0"], ["--scale=-5"], ["--scael", "5"]]) {
      expect(() => parseSeedArgs(argv)).toThrow(SeedArgsError);
    }
  });
});
