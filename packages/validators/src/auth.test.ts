import { describe, expect, it } from "vitest";
import { changePasswordInput, loginInput, registerInput, revokeSessionInput } from "./auth.ts";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("registerInput", () => {
  it("normalises the email and cleans the name", () => {
    expect(registerInput.parse({ email: "  Ada@Example.COM", password: "plum-kettle-orbit-9", name: " <b>Ada</b>  Lovelace " })).toEqual({
      email: "ada@example.com",
      password: "plum-kettle-orbit-9",
      name: "Ada Lovelace",
    });
  });

  it("applies the password policy and names the field", () => {
    expect(paths(registerInput.safeParse({ email: "ada@example.com", password: "short", name: "Ada" }))).toEqual(["password"]);
    expect(paths(registerInput.safeParse({ email: "ada@example.com", password: "ADA@example.com", name: "Ada" }))).toEqual(["password"]);
  });

  it("rejects unknown fields such as a self-chosen role", () => {
    const result = registerInput.safeParse({ email: "ada@example.com", password: "plum-kettle-orbit-9", name: "Ada", role: "ADMIN" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("role");
  });

  it("rejects oversized fields by name", () => {
    expect(paths(registerInput.safeParse({ email: `${"a".repeat(300)}@example.com`, password: "plum-kettle-orbit-9", name: "Ada" }))).toEqual(["email"]);
    expect(paths(registerInput.safeParse({ email: "ada@example.com", password: "plum-kettle-orbit-9", name: "A".repeat(101) }))).toEqual(["name"]);
  });
});

describe("loginInput", () => {
  it("does not apply the new-password policy to sign-ins", () => {
    expect(loginInput.safeParse({ email: "ada@example.com", password: "short" }).success).toBe(true);
    expect(paths(loginInput.safeParse({ email: "ada@example.com", password: "" }))).toEqual(["password"]);
  });
});

describe("changePasswordInput", () => {
  it("requires a new password that differs and passes the policy", () => {
    expect(paths(changePasswordInput.safeParse({ currentPassword: "plum-kettle-orbit-9", newPassword: "plum-kettle-orbit-9" }))).toEqual(["newPassword"]);
    expect(paths(changePasswordInput.safeParse({ currentPassword: "plum-kettle-orbit-9", newPassword: "qwertyuiop" }))).toEqual(["newPassword"]);
  });
});

describe("revokeSessionInput", () => {
  it("accepts only a stored session ID (64 hex characters)", () => {
    expect(revokeSessionInput.safeParse({ id: "f".repeat(64) }).success).toBe(true);
    expect(paths(revokeSessionInput.safeParse({ id: "not-a-session" }))).toEqual(["id"]);
  });
});

describe("control characters in auth inputs", () => {
  it("refuses them in the register name, email and password, naming the field", () => {
    const valid = { email: "ada@example.com", password: "plum-kettle-orbit-9", name: "Ada" };
    expect(paths(registerInput.safeParse({ ...valid, name: "Ada\u0000" }))).toEqual(["name"]);
    expect(paths(registerInput.safeParse({ ...valid, email: "ada@example.com\u0000" }))).toEqual(["email"]);
    expect(paths(registerInput.safeParse({ ...valid, password: "plum-kettle-orbit-9\u0007" }))).toEqual(["password"]);
  });

  it("refuses only a NUL in a sign-in password, so no older password is locked out", () => {
    expect(paths(loginInput.safeParse({ email: "ada@example.com", password: "secret\u0000" }))).toEqual(["password"]);
    expect(loginInput.safeParse({ email: "ada@example.com", password: "old\tsecret\u0007" }).success).toBe(true);
    expect(paths(changePasswordInput.safeParse({ currentPassword: "a\u0000", newPassword: "plum-kettle-orbit-9" }))).toEqual(["currentPassword"]);
  });
});
