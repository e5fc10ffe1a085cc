import { createSession } from "@slotted/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, goodPassword, login, registerAccount, sessionCookieOf, trpcClient, uniqueEmail, type ErrorBodyShape } from "./auth-client.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface SessionRow {
  id: string;
  current: boolean;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
}

const api = (path: string) => `${server.url}/api/v1${path}`;
const json = { "content-type": "application/json" };

async function signUp() {
  const email = uniqueEmail("sessions");
  const res = await registerAccount(server, { email, password: goodPassword, name: "Session Owner" });
  return { email, token: res.body.token, userId: res.body.user.id };
}

describe("auth.me (GET /api/v1/auth/me)", () => {
  it("knows the caller by bearer token or by cookie, over REST and tRPC", async () => {
    const { email, token } = await signUp();
    const viaBearer = await requestJson<{ email: string }>(api("/auth/me"), { headers: bearer(token) });
    expect(viaBearer.body.email).toBe(email);
    const viaCookie = await requestJson<{ email: string }>(api("/auth/me"), { headers: { cookie: `slotted_session=${token}` } });
    expect(viaCookie.body.email).toBe(email);
    expect((await trpcClient(server, bearer(token)).auth.me.query()).email).toBe(email);
    expect((await trpcClient(server, { cookie: `slotted_session=${token}` }).auth.me.query()).email).toBe(email);
  });

  it("answers 401 without a session, and for forged, expired and revoked tokens", async () => {
    const { userId, token } = await signUp();
    const expired = await createSession(server.services.db.prisma, userId, {}, new Date(Date.now() - 31 * 86_400_000));
    const revoked = await createSession(server.services.db.prisma, userId);
    await server.services.db.prisma.session.delete({ where: { id: revoked.session.id } });
    const forged = `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`;

    expect((await requestJson(api("/auth/me"))).status).toBe(401);
    for (const bad of [forged, expired.token, revoked.token, "not-even-a-token", "' OR '1'='1"]) {
      const res = await requestJson<ErrorBodyShape>(api("/auth/me"), { headers: bearer(bad) });
      expect(res.status, bad).toBe(401);
      expect(res.body.code).toBe("UNAUTHORIZED");
      const viaCookie = await requestJson(api("/auth/me"), { headers: { cookie: `slotted_session=${encodeURIComponent(bad)}` } });
      expect(viaCookie.status, bad).toBe(401);
    }
  });

  it("prefers the bearer token over the cookie", async () => {
    const first = await signUp();
    const second = await signUp();
    const res = await requestJson<{ email: string }>(api("/auth/me"), {
      headers: { ...bearer(second.token), cookie: `slotted_session=${first.token}` },
    });
    expect(res.body.email).toBe(second.email);
    const badBearer = await requestJson(api("/auth/me"), { headers: { ...bearer("a".repeat(32)), cookie: `slotted_session=${first.token}` } });
    expect(badBearer.status).toBe(401);
  });
});

describe("auth.sessions and auth.revokeSession", () => {
  it("lists the caller's own active sessions with the current one marked, and no tokens", async () => {
    const { email, token } = await signUp();
    const other = await login(server, email, goodPassword, { "user-agent": "second-device/1.0" });
    const stranger = await createAccount(server);
    const res = await requestJson<{ sessions: SessionRow[] }>(api("/auth/sessions"), { headers: { ...bearer(token), "user-agent": "first-device/1.0" } });
    expect(res.status).toBe(200);
    expect(res.body.sessions).toHaveLength(2);
    const current = res.body.sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(res.body.sessions.find((s) => !s.current)?.userAgent).toBe("second-device/1.0");
    for (const session of res.body.sessions) {
      expect(Object.keys(session).sort()).toEqual(["createdAt", "current", "expiresAt", "id", "lastUsedAt", "userAgent"]);
      expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    }
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(token);
    expect(text).not.toContain(other.body.token);
    expect(text).not.toContain(stranger.token);
  });

  it("revokes one of the caller's sessions by ID; the revoked token stops working", async () => {
    const { email, token } = await signUp();
    const other = await login(server, email, goodPassword);
    const list = await requestJson<{ sessions: SessionRow[] }>(api("/auth/sessions"), { headers: bearer(token) });
    const target = list.body.sessions.find((s) => !s.current);
    const res = await requestJson(api(`/auth/sessions/${target?.id}/revoke`), { method: "POST", headers: { ...bearer(token), ...json } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revokedSessions: 1 });
    expect(res.headers.getSetCookie()).toEqual([]);
    expect((await requestJson(api("/auth/me"), { headers: bearer(other.body.token) })).status).toBe(401);
    expect((await requestJson(api("/auth/me"), { headers: bearer(token) })).status).toBe(200);
  });

  it("revoking the current session also clears the cookie", async () => {
    const { token } = await signUp();
    const list = await requestJson<{ sessions: SessionRow[] }>(api("/auth/sessions"), { headers: bearer(token) });
    const currentId = list.body.sessions.find((s) => s.current)?.id;
    const res = await requestJson(api(`/auth/sessions/${currentId}/revoke`), { method: "POST", headers: { ...bearer(token), ...json } });
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)?.attributes).toContain("Max-Age=0");
    expect((await requestJson(api("/auth/me"), { headers: bearer(token) })).status).toBe(401);
  });

  it("cannot revoke another user's session (404) and rejects a malformed ID (400)", async () => {
    const victim = await signUp();
    const attacker = await signUp();
    const victimSessions = await requestJson<{ sessions: SessionRow[] }>(api("/auth/sessions"), { headers: bearer(victim.token) });
    const victimId = victimSessions.body.sessions[0]?.id;
    const res = await requestJson(api(`/auth/sessions/${victimId}/revoke`), { method: "POST", headers: { ...bearer(attacker.token), ...json } });
    expect(res.status).toBe(404);
    expect((await requestJson(api("/auth/me"), { headers: bearer(victim.token) })).status).toBe(200);
    const malformed = await requestJson<ErrorBodyShape>(api("/auth/sessions/not-a-session/revoke"), { method: "POST", headers: { ...bearer(attacker.token), ...json } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.map((i) => i.path)).toEqual(["id"]);
  });
});

describe("auth.logout and auth.logoutAll", () => {
  it("logout ends this session only and clears the cookie", async () => {
    const { email, token } = await signUp();
    const other = await login(server, email, goodPassword);
    const res = await requestJson(api("/auth/logout"), { method: "POST", headers: { ...bearer(token), ...json } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ signedOut: true });
    expect(sessionCookieOf(res)).toMatchObject({ value: "", attributes: expect.arrayContaining(["Max-Age=0", "HttpOnly", "Path=/"]) });
    expect((await requestJson(api("/auth/me"), { headers: bearer(token) })).status).toBe(401);
    expect((await requestJson(api("/auth/me"), { headers: bearer(other.body.token) })).status).toBe(200);
  });

  it("logout without a session still succeeds and clears the cookie", async () => {
    const res = await requestJson(api("/auth/logout"), { method: "POST", headers: json });
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res)?.attributes).toContain("Max-Age=0");
  });

  it("logoutAll ends every session of the caller, this one included", async () => {
    const { email, token } = await signUp();
    const second = await login(server, email, goodPassword);
    const bystander = await signUp();
    const res = await requestJson(api("/auth/logout-all"), { method: "POST", headers: { ...bearer(token), ...json } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revokedSessions: 2 });
    expect(sessionCookieOf(res)?.attributes).toContain("Max-Age=0");
    for (const dead of [token, second.body.token]) expect((await requestJson(api("/auth/me"), { headers: bearer(dead) })).status).toBe(401);
    expect((await requestJson(api("/auth/me"), { headers: bearer(bystander.token) })).status).toBe(200);
  });
});

describe("CSRF protection for cookie-authenticated writes", () => {
  it("blocks cookie-borne mutations without an Origin or from a foreign one, on REST and tRPC", async () => {
    const { token } = await signUp();
    const cookie = { cookie: `slotted_session=${token}` };
    for (const origin of [undefined, "https://evil.example"]) {
      const headers = { ...cookie, ...json, ...(origin ? { origin } : {}) };
      const rest = await requestJson<ErrorBodyShape>(api("/auth/logout-all"), { method: "POST", headers });
      expect(rest.status, String(origin)).toBe(403);
      expect(rest.body.message).toMatch(/Cross-site/);
      const logout = await requestJson(api("/auth/logout"), { method: "POST", headers });
      expect(logout.status, String(origin)).toBe(403);
      await expect(trpcClient(server, { ...cookie, ...(origin ? { origin } : {}) }).auth.updateProfile.mutate({ name: "Hijacked" })).rejects.toMatchObject({
        data: { httpStatus: 403 },
      });
    }
    expect((await requestJson(api("/auth/me"), { headers: cookie })).status).toBe(200);
  });

  it("allows them from the server's own origin, and bearer-token writes need no Origin", async () => {
    const { token } = await signUp();
    const sameOrigin = await requestJson<{ name: string }>(api("/auth/profile"), {
      method: "PATCH",
      headers: { cookie: `slotted_session=${token}`, origin: server.url, ...json },
      body: { name: "Same Origin" },
    });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.body.name).toBe("Same Origin");
    const viaBearer = await requestJson(api("/auth/profile"), { method: "PATCH", headers: bearer(token), body: { name: "Via Bearer" } });
    expect(viaBearer.status).toBe(200);
  });
});
