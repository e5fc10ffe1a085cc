import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword, warmPasswordDecoy } from "./password.ts";

describe("passwords", () => {
  it("hash with argon2id at the OWASP baseline and a fresh salt each time", async () => {
    const [first, second] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("correct horse battery");
  });

  it("verify the right password and reject a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored, "Correct horse battery")).toBe(false);
    expect(await verifyPassword(stored, "")).toBe(false);
  });

  it("treat a corrupt stored hash as a failed verification, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });

  it("the decoy always fails, whatever the password", async () => {
    await warmPasswordDecoy();
    expect(await verifyAgainstDecoy("decoy-password-for-timing-equalisation")).toBe(false);
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});
