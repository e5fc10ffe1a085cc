import { describe, expect, it } from "vitest";
import { createUsersInput, listUsersInput, updateUserInput } from "./users.ts";

const row = (email: string, extra: Record<string, unknown> = {}) => ({ email, name: "Row User", password: "plum-kettle-orbit-9", ...extra });
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("listUsersInput", () => {
  it("applies defaults and normalises the search", () => {
    expect(listUsersInput.parse({ search: "  ada " })).toEqual({ page: 1, perPage: 20, search: "ada", sortBy: "createdAt", sortOrder: "desc" });
    expect(listUsersInput.parse({ search: "   " }).search).toBeUndefined();
  });

  it("rejects unknown fields, out-of-range pages and oversized searches by name", () => {
    expect(paths(listUsersInput.safeParse({ perPage: 101 }))).toEqual(["perPage"]);
    expect(paths(listUsersInput.safeParse({ search: "x".repeat(101) }))).toEqual(["search"]);
    expect(paths(listUsersInput.safeParse({ sortBy: "passwordHash" }))).toEqual(["sortBy"]);
    expect(listUsersInput.safeParse({ admin: true }).success).toBe(false);
  });
});

describe("updateUserInput", () => {
  const id = "0b7c7c2e-9f57-4f7e-8a53-7c2f4c6f1a10";
  it("needs at least one change and a UUID", () => {
    expect(updateUserInput.safeParse({ id }).success).toBe(false);
    expect(paths(updateUserInput.safeParse({ id: "42", role: "STAFF" }))).toEqual(["id"]);
    expect(updateUserInput.parse({ id, isActive: false })).toEqual({ id, isActive: false });
  });
});

describe("createUsersInput", () => {
  it("normalises emails and defaults the role", () => {
    expect(createUsersInput.parse({ users: [row(" Ada@Example.COM ")] }).users[0]).toMatchObject({ email: "ada@example.com", role: "CUSTOMER" });
  });

  it("names every row of an email repeated inside the batch (after normalising)", () => {
    const result = createUsersInput.safeParse({ users: [row("a@example.com"), row("b@example.com"), row("A@example.com ")] });
    expect(paths(result)).toEqual(["users.0.email", "users.2.email"]);
  });

  it("holds 1–100 rows and checks each row's password against its email", () => {
    expect(paths(createUsersInput.safeParse({ users: [] }))).toEqual(["users"]);
    const many = Array.from({ length: 101 }, (_, i) => row(`u${i}@example.com`));
    expect(paths(createUsersInput.safeParse({ users: many }))).toEqual(["users"]);
    const sameAsEmail = createUsersInput.safeParse({ users: [row("ok@example.com"), row("longer-name@example.com", { password: "longer-name@example.com" })] });
    expect(paths(sameAsEmail)).toEqual(["users.1.password"]);
  });

  it("takes rows without a password (the server makes one) and still checks a password that is sent", () => {
    const parsed = createUsersInput.parse({ users: [{ email: "csv@example.com", name: "From CSV", role: "STAFF" }] });
    expect(parsed.users[0]).toEqual({ email: "csv@example.com", name: "From CSV", role: "STAFF" });
    const weak = createUsersInput.safeParse({ users: [row("a@example.com", { password: "short" }), row("b@example.com", { password: "password123" })] });
    expect(paths(weak)).toEqual(["users.0.password", "users.1.password"]);
  });

  it("rejects unknown fields inside a row", () => {
    expect(createUsersInput.safeParse({ users: [row("a@example.com", { isAdmin: true })] }).success).toBe(false);
  });
});

describe("control characters in user inputs", () => {
  it("refuses a NUL or escape in the search, names and emails, naming the field", () => {
    expect(paths(listUsersInput.safeParse({ search: "\u0000" }))).toEqual(["search"]);
    expect(paths(listUsersInput.safeParse({ search: "ada\u001B" }))).toEqual(["search"]);
    expect(paths(updateUserInput.safeParse({ id: "0b7c7c2e-9f57-4f7e-8a53-7c2f4c6f1a10", name: "Ada\u0000" }))).toEqual(["name"]);
    expect(paths(createUsersInput.safeParse({ users: [row("a\u0000@example.com")] }))).toEqual(["users.0.email"]);
    expect(paths(createUsersInput.safeParse({ users: [row("a@example.com", { password: "plum-kettle\u0000-orbit" })] }))).toEqual(["users.0.password"]);
  });
});
