import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, goodPassword, login, registerAccount, uniqueEmail, type ErrorBodyShape } from "./auth-client.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const api = (path: string) => `${server.url}/api/v1${path}`;

async function signUp() {
  const email = uniqueEmail("password");
  const res = await registerAccount(server, { email, password: goodPassword, name: "Password Owner" });
  return { email, token: res.body.token };
}

function changePassword(token: string, body: unknown) {
  return requestJson<ErrorBodyShape & { revokedSessions: number }>(api("/auth/change-password"), { method: "POST", headers: bearer(token), body });
}

describe("auth.changePassword (POST /api/v1/auth/change-password)", () => {
  it("replaces the password and signs out every other session, keeping this one", async () => {
    const { email, token } = await signUp();
    const other = await login(server, email, goodPassword);
    const newPassword = "violet-harbour-lantern-4";
    const res = await changePassword(token, { currentPassword: goodPassword, newPassword });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revokedSessions: 1 });
    expect((await requestJson(api("/auth/me"), { headers: bearer(token) })).status).toBe(200);
    expect((await requestJson(api("/auth/me"), { headers: bearer(other.body.token) })).status).toBe(401);
    expect((await login(server, email, goodPassword)).status).toBe(401);
    expect((await login(server, email, newPassword)).status).toBe(200);
  });

  it("refuses a wrong current password with 400 on currentPassword, changing nothing", async () => {
    const { email, token } = await signUp();
    const res = await changePassword(token, { currentPassword: "definitely-not-it", newPassword: "violet-harbour-lantern-4" });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: "currentPassword", message: "is incorrect" }]);
    expect((await login(server, email, goodPassword)).status).toBe(200);
  });

  it("applies the password policy to the new password, including 'not your email'", async () => {
    const { email, token } = await signUp();
    for (const newPassword of ["short", "qwertyuiop", email.toUpperCase(), goodPassword]) {
      const res = await changePassword(token, { currentPassword: goodPassword, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect(res.body.issues?.map((i) => i.path), newPassword).toEqual(["newPassword"]);
    }
  });

  it("needs a session and rejects unknown fields", async () => {
    expect((await requestJson(api("/auth/change-password"), { method: "POST", body: { currentPassword: "x", newPassword: "violet-harbour-lantern-4" } })).status).toBe(401);
    const { token } = await signUp();
    const res = await changePassword(token, { currentPassword: goodPassword, newPassword: "violet-harbour-lantern-4", userId: "someone-else" });
    expect(res.status).toBe(400);
  });
});

describe("auth.updateProfile (PATCH /api/v1/auth/profile)", () => {
  it("changes the caller's display name, sanitised", async () => {
    const { token } = await signUp();
    const res = await requestJson<{ name: string; email: string }>(api("/auth/profile"), {
      method: "PATCH",
      headers: bearer(token),
      body: { name: "  <b>Grace</b>   Hopper " },
    });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("Grace Hopper");
    const me = await requestJson<{ name: string }>(api("/auth/me"), { headers: bearer(token) });
    expect(me.body.name).toBe("Grace Hopper");
  });

  it("cannot change role, email or activation (unknown fields) and rejects a blank or oversized name", async () => {
    const { token } = await signUp();
    for (const body of [{ name: "Ok", role: "ADMIN" }, { name: "Ok", email: uniqueEmail() }, { isActive: true }, { name: "   " }, { name: "x".repeat(101) }, { name: 7 }]) {
      const res = await requestJson(api("/auth/profile"), { method: "PATCH", headers: bearer(token), body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const me = await requestJson<{ role: string }>(api("/auth/me"), { headers: bearer(token) });
    expect(me.body.role).toBe("CUSTOMER");
  });
});
