import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isCommonPassword, newPassword, passwordNotEmail, passwordPolicyProblem } from "./password.ts";

describe("passwordPolicyProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordPolicyProblem("plum-kettle-orbit-9", "ada@example.com")).toBeNull();
  });

  it("enforces 10–128 characters", () => {
    expect(passwordPolicyProblem("nine-char")).toBe("must be at least 10 characters");
    expect(passwordPolicyProblem("x".repeat(10))).toBeNull();
    expect(passwordPolicyProblem("x".repeat(128))).toBeNull();
    expect(passwordPolicyProblem("x".repeat(129))).toBe("must be at most 128 characters");
  });

  it("rejects the most common passwords whatever their case", () => {
    expect(passwordPolicyProblem("Password123")).toMatch(/most common/);
    expect(passwordPolicyProblem("QWERTYUIOP")).toMatch(/most common/);
    expect(isCommonPassword("1234567890")).toBe(true);
    expect(isCommonPassword("plum-kettle-orbit-9")).toBe(false);
  });

  it("rejects the account's own email, case-insensitively", () => {
    expect(passwordPolicyProblem("Ada.Lovelace@Example.com", "ada.lovelace@example.com")).toBe("must not be the same as the email address");
  });
});

describe("newPassword and passwordNotEmail as zod rules", () => {
  const schema = z.object({ email: z.string(), password: newPassword }).superRefine(passwordNotEmail);

  it("name the password field in every failure", () => {
    for (const password of ["short", "password1234", "someone@example.com"]) {
      const result = schema.safeParse({ email: "someone@example.com", password });
      expect(result.success, password).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["password"]);
    }
  });
});

describe("control characters in passwords", () => {
  it("the shared policy refuses them, so the forms say so before the server does", () => {
    expect(passwordPolicyProblem("plum-kettle\u0000-orbit")).toBe("must not contain control characters (such as NUL)");
    expect(newPassword.safeParse("plum-kettle\u001B-orbit").success).toBe(false);
  });
});
