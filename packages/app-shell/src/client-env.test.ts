import { describe, expect, it } from "vitest";
import { parseClientEnv } from "./client-env.ts";

describe("parseClientEnv", () => {
  it("defaults the API to the same-origin /trpc path", () => {
    expect(parseClientEnv({}, "customer")).toEqual({ VITE_API_URL: "/trpc" });
  });

  it("accepts a path or an absolute http(s) URL, trimmed", () => {
    expect(parseClientEnv({ VITE_API_URL: " /api/trpc " }, "customer").VITE_API_URL).toBe("/api/trpc");
    expect(parseClientEnv({ VITE_API_URL: "https://api.slotted.example/trpc" }, "admin").VITE_API_URL).toBe(
      "https://api.slotted.example/trpc",
    );
  });

  it("fails with one message naming the app and the bad variable", () => {
    expect(() => parseClientEnv({ VITE_API_URL: "api.slotted.example" }, "admin")).toThrow(
      'Invalid client configuration (admin):\n  VITE_API_URL: must be a path starting with "/" or an absolute http(s) URL',
    );
  });
});
