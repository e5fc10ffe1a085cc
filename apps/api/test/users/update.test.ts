import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, login, type ErrorBodyShape } from "../auth/auth-client.ts";

interface UserBody {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  createdAt: string;
  updatedAt?: string;
  activeSessions?: number;
}

let server: TestServer;
let admin: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
  staff = await createAccount(server, { role: "STAFF" });
});
afterAll(() => server.close());

const userUrl = (id: string) => `${server.url}/api/v1/admin/users/${id}`;
const patch = (id: string, body: unknown, account: TestAccount = admin) =>
  requestJson<UserBody & ErrorBodyShape>(userUrl(id), { method: "PATCH", headers: account.headers, body });
const auditFor = (targetId: string) =>
  server.services.db.prisma.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("users.byId (GET /api/v1/admin/users/{id})", () => {
  it("shows one account with its active session count to STAFF, never the hash", async () => {
    const target = await createAccount(server);
    const res = await requestJson<UserBody>(userUrl(target.user.id), { headers: staff.headers });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: target.user.id, email: target.user.email, role: "CUSTOMER", isActive: true, activeSessions: 1 });
    expect(Object.keys(res.body).sort()).toEqual([
      "activeSessions",
      "createdAt",
      "deletedAt",
      "email",
      "emailVerifiedAt",
      "id",
      "isActive",
      "lastLoginAt",
      "lateCancellations",
      "name",
      "noShows",
      "role",
      "updatedAt",
    ]);
  });

  it("answers 404 for an unknown ID, 400 for a malformed one, 403 for a customer", async () => {
    expect((await requestJson(userUrl("6f1b8c1e-5d8a-4d7e-9b1a-2f9e8d7c6b5a"), { headers: staff.headers })).status).toBe(404);
    const malformed = await requestJson<ErrorBodyShape>(userUrl("42"), { headers: staff.headers });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.map((i) => i.path)).toEqual(["id"]);
    const customer = await createAccount(server);
    expect((await requestJson(userUrl(customer.user.id), { headers: customer.headers })).status).toBe(403);
  });
});

describe("users.update (PATCH /api/v1/admin/users/{id})", () => {
  it("changes name and role and writes one audit entry per change with the request ID", async () => {
    const target = await createAccount(server);
    const res = await patch(target.user.id, { name: "Promoted Person", role: "STAFF" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Promoted Person", role: "STAFF", isActive: true });
    const requestId = res.headers.get("x-request-id");
    const entries = await auditFor(target.user.id);
    expect(entries.map((e) => e.action).sort()).toEqual(["user.renamed", "user.role_changed"]);
    const roleEntry = entries.find((e) => e.action === "user.role_changed");
    expect(roleEntry).toMatchObject({ actorId: admin.user.id, targetType: "user", requestId, changes: { role: { from: "CUSTOMER", to: "STAFF" } } });
  });

  it("deactivating revokes every session of the user at once and blocks sign-in; audited", async () => {
    const target = await createAccount(server);
    const second = await login(server, target.user.email, target.password);
    expect(second.status).toBe(200);
    const res = await patch(target.user.id, { isActive: false });
    expect(res.status).toBe(200);
    expect(res.body.isActive).toBe(false);
    expect(await server.services.db.prisma.session.count({ where: { userId: target.user.id } })).toBe(0);
    for (const token of [target.token, second.body.token]) {
      expect((await requestJson(`${server.url}/api/v1/auth/me`, { headers: bearer(token) })).status).toBe(401);
    }
    expect((await login(server, target.user.email, target.password)).status).toBe(401);
    const entries = await auditFor(target.user.id);
    expect(entries.map((e) => [e.action, e.changes])).toEqual(
      expect.arrayContaining([
        ["user.deactivated", { isActive: { from: true, to: false } }],
        ["user.sessions_revoked", { revokedSessions: 2, reason: "deactivated" }],
      ]),
    );

    const reactivated = await patch(target.user.id, { isActive: true });
    expect(reactivated.body.isActive).toBe(true);
    expect((await login(server, target.user.email, target.password)).status).toBe(200);
  });

  it("rejects a JSON string where a boolean belongs (no 'false' read as true)", async () => {
    const target = await createAccount(server);
    const res = await patch(target.user.id, { isActive: "false" });
    expect(res.status).toBe(400);
    expect(res.body.issues?.map((i) => i.path)).toEqual(["isActive"]);
    const unchanged = await server.services.db.prisma.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(unchanged.isActive).toBe(true);
  });

  it("an admin cannot demote or deactivate themselves", async () => {
    for (const body of [{ role: "STAFF" }, { isActive: false }]) {
      const res = await patch(admin.user.id, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    expect((await patch(admin.user.id, { name: "Renamed Admin" })).status).toBe(200);
  });

  it("the last active ADMIN cannot be removed, even by two admins demoting each other at once", async () => {
    const isolated = await startTestServer();
    try {
      const first = await createAccount(isolated, { role: "ADMIN" });
      const second = await createAccount(isolated, { role: "ADMIN" });
      const demote = (actor: TestAccount, target: TestAccount) =>
        requestJson(`${isolated.url}/api/v1/admin/users/${target.user.id}`, { method: "PATCH", headers: actor.headers, body: { role: "CUSTOMER" } });
      const results = await Promise.all([demote(first, second), demote(second, first)]);
      const statuses = results.map((r) => r.status).sort();
      // One wins; the other is refused because it would remove the last admin (or its actor just lost the role).
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      expect(await isolated.services.db.prisma.user.count({ where: { role: "ADMIN", isActive: true } })).toBe(1);
    } finally {
      await isolated.close();
    }
  });

  it("is ADMIN only: STAFF gets 403; bad input is 400 (empty change, unknown field, bad role)", async () => {
    const target = await createAccount(server);
    expect((await patch(target.user.id, { role: "ADMIN" }, staff)).status).toBe(403);
    for (const body of [{}, { email: "new@example.test" }, { role: "OWNER" }, { name: "" }]) {
      expect((await patch(target.user.id, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await patch("6f1b8c1e-5d8a-4d7e-9b1a-2f9e8d7c6b5a", { name: "Nobody" })).status).toBe(404);
  });
});
