import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, goodPassword, login, registerAccount, sessionCookieOf, uniqueEmail, type ErrorBodyShape } from "./auth-client.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const issuePaths = (body: unknown) => ((body as ErrorBodyShape).issues ?? []).map((issue) => issue.path);

describe("auth.register (POST /api/v1/auth/register)", () => {
  it("creates a CUSTOMER, answers user + token + expiry, and sets the session cookie", async () => {
    const email = uniqueEmail("register");
    const res = await registerAccount(server, { email, password: goodPassword, name: "Ada Lovelace" });
    expect(res.status).toBe(201);
    expect(res.body.user).toEqual({ id: expect.any(String), email, name: "Ada Lovelace", role: "CUSTOMER", isActive: true, emailVerifiedAt: null, lastLoginAt: null, deletedAt: null, createdAt: expect.any(String) });
    expect(res.body.token).toMatch(/^[a-z2-7]{32}$/);
    const days = (Date.parse(res.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(sessionCookieOf(res)?.value).toBe(res.body.token);

    const me = await requestJson<{ email: string }>(`${server.url}/api/v1/auth/me`, { headers: bearer(res.body.token) });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
  });

  it("normalises the email (trim, lower-case), so a differently-cased duplicate is a 409", async () => {
    const email = uniqueEmail("normalise");
    const first = await registerAccount(server, { email: `  ${email.toUpperCase()} `, password: goodPassword, name: "First" });
    expect(first.status).toBe(201);
    expect(first.body.user.email).toBe(email);
    const again = await registerAccount(server, { email, password: goodPassword, name: "Second" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "CONFLICT", message: "An account with this email already exists", requestId: expect.any(String) });
    expect(await server.services.db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("rejects unknown fields (no self-chosen role) with 400", async () => {
    const res = await registerAccount(server, { email: uniqueEmail(), password: goodPassword, name: "Mallory", role: "ADMIN" });
    expect(res.status).toBe(400);
    expect((res.body as unknown as ErrorBodyShape).message).toMatch(/role/);
  });

  it("rejects weak passwords and names the field", async () => {
    const email = uniqueEmail("weak");
    for (const password of ["short", "password1234", email.toUpperCase()]) {
      const res = await registerAccount(server, { email, password, name: "Weak" });
      expect(res.status, password).toBe(400);
      expect(issuePaths(res.body), password).toEqual(["password"]);
    }
  });

  it("rejects oversized strings with the field named", async () => {
    const longEmail = await registerAccount(server, { email: `${"a".repeat(260)}@example.test`, password: goodPassword, name: "Long" });
    expect(longEmail.status).toBe(400);
    expect(issuePaths(longEmail.body)).toEqual(["email"]);
    const longName = await registerAccount(server, { email: uniqueEmail(), password: goodPassword, name: "N".repeat(101) });
    expect(issuePaths(longName.body)).toEqual(["name"]);
    const longPassword = await registerAccount(server, { email: uniqueEmail(), password: "p".repeat(129), name: "Long" });
    expect(issuePaths(longPassword.body)).toEqual(["password"]);
  });

  it("answers type-confused input with 400, never 500", async () => {
    for (const body of [
      { email: 42, password: goodPassword, name: "Typed" },
      { email: uniqueEmail(), password: { value: goodPassword }, name: "Typed" },
      { email: uniqueEmail(), password: goodPassword, name: ["Typed"] },
      [],
      "just a string",
    ]) {
      const res = await registerAccount(server, body as Record<string, unknown>);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe("auth.login (POST /api/v1/auth/login)", () => {
  it("answers user + token and sets an HttpOnly, SameSite=Lax, Path=/ cookie (not Secure outside production)", async () => {
    const email = uniqueEmail("login");
    await registerAccount(server, { email, password: goodPassword, name: "Login User" });
    const res = await login(server, email.toUpperCase(), goodPassword);
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(email);
    const cookie = sessionCookieOf(res);
    expect(cookie?.value).toBe(res.body.token);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/"]));
    expect(cookie?.attributes).not.toContain("Secure");
    expect(cookie?.attributes.find((a) => a.startsWith("Max-Age="))).toMatch(/^Max-Age=25\d{5}$/);
  });

  it("answers the same 401 and message for an unknown email, a wrong password and an inactive account", async () => {
    const active = await createAccount(server);
    const inactive = await createAccount(server, { isActive: false });
    const attempts = await Promise.all([
      login(server, uniqueEmail("nobody"), goodPassword),
      login(server, active.user.email, "not-the-right-password"),
      login(server, inactive.user.email, inactive.password),
    ]);
    for (const res of attempts) {
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const shapes = attempts.map((res) => {
      const { requestId: _id, ...rest } = res.body as unknown as ErrorBodyShape;
      return rest;
    });
    expect(shapes[0]).toEqual({ code: "UNAUTHORIZED", message: "The email or password is incorrect" });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });

  it("rejects a malformed email or a missing password with 400 naming the field", async () => {
    const res = await login(server, "not-an-email", goodPassword);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(["email"]);
    const missing = await requestJson(`${server.url}/api/v1/auth/login`, { method: "POST", body: { email: uniqueEmail() } });
    expect(missing.status).toBe(400);
    expect(issuePaths(missing.body)).toEqual(["password"]);
  });

  it("works over tRPC too, with the same rules", async () => {
    const email = uniqueEmail("trpc");
    await registerAccount(server, { email, password: goodPassword, name: "Trpc User" });
    const res = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email, password: goodPassword } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { token: string; user: { email: string } } } } };
    expect(body.result.data.json.user.email).toBe(email);
    expect(sessionCookieOf(res)?.value).toBe(body.result.data.json.token);

    const wrong = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email, password: "wrong-password-here" } }),
    });
    expect(wrong.status).toBe(401);
  });
});
