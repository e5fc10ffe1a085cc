import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { targetEmailHash } from "./target-email.ts";

const raw = (value: unknown) => () => Promise.resolve(value);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("targetEmailHash", () => {
  it("hashes the trimmed, lower-cased email, so spellings of one address share a counter", async () => {
    const expected = sha256("victim@example.com");
    expect(await targetEmailHash(raw({ email: "victim@example.com", password: "x" }))).toBe(expected);
    expect(await targetEmailHash(raw({ email: "  Victim@Example.COM " }))).toBe(expected);
  });

  it("never puts the address itself in the key", async () => {
    const hash = await targetEmailHash(raw({ email: "victim@example.com" }));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("has no subject when the input carries no valid email", async () => {
    for (const input of [undefined, null, "victim@example.com", {}, { email: 42 }, { email: ["a@b.c"] }, { email: "not-an-email" }]) {
      expect(await targetEmailHash(raw(input))).toBeUndefined();
    }
    expect(await targetEmailHash(() => Promise.reject(new Error("unreadable body")))).toBeUndefined();
  });
});
