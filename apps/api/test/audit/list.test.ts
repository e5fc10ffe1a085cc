import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { goodPassword, uniqueEmail, type ErrorBodyShape } from "../auth/auth-client.ts";
import type { PageJson } from "../helpers/http.ts";

interface Entry {
  id: string;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  changes: Record<string, unknown>;
  createdAt: string;
}
type Page = PageJson<Entry>;

let server: TestServer;
let admin: TestAccount;
let otherAdmin: TestAccount;
let target: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN", name: "Audit Admin" });
  otherAdmin = await createAccount(server, { role: "ADMIN" });
  target = await createAccount(server);
  const patch = (account: TestAccount, body: unknown) =>
    requestJson(`${server.url}/api/v1/admin/users/${target.user.id}`, { method: "PATCH", headers: account.headers, body });
  await patch(admin, { role: "STAFF" });
  await patch(admin, { isActive: false });
  await patch(otherAdmin, { isActive: true });
  await requestJson(`${server.url}/api/v1/admin/users/bulk`, {
    method: "POST",
    headers: otherAdmin.headers,
    body: { users: [{ email: uniqueEmail("audit"), name: "Audited", password: goodPassword }] },
  });
});
afterAll(() => server.close());

/**
 * Actions grouped by the request that wrote them: entries of one transaction share its
 * timestamp, so their order among themselves is not defined; requests are.
 */
function inRequestOrder(entries: Entry[]): string[] {
  const groups: { requestId: string | null; actions: string[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.requestId === entry.requestId) last.actions.push(entry.action);
    else groups.push({ requestId: entry.requestId, actions: [entry.action] });
  }
  return groups.map((group) => group.actions.sort().join("+"));
}

const audit = (query = "", account: TestAccount = admin) =>
  requestJson<Page & ErrorBodyShape>(`${server.url}/api/v1/admin/audit${query}`, { headers: account.headers });

describe("audit.list (GET /api/v1/admin/audit)", () => {
  it("lists every admin action newest first with actor, target, request ID and changes", async () => {
    const res = await audit();
    expect(res.status).toBe(200);
    expect(inRequestOrder(res.body.items)).toEqual(["users.bulk_created", "user.reactivated", "user.deactivated+user.sessions_revoked", "user.role_changed"]);
    expect(res.body).toMatchObject({ total: 5, page: 1, perPage: 20, totalPages: 1, hasNext: false, hasPrev: false });
    const roleChange = res.body.items.find((e) => e.action === "user.role_changed");
    expect(roleChange).toMatchObject({
      actor: { id: admin.user.id, email: admin.user.email, name: "Audit Admin" },
      targetType: "user",
      targetId: target.user.id,
      requestId: expect.any(String),
      changes: { role: { from: "CUSTOMER", to: "STAFF" } },
    });
    expect(Object.keys(roleChange?.actor ?? {}).sort()).toEqual(["email", "id", "name"]);
  });

  it("filters by actor, action and target, and pages", async () => {
    const byActor = await audit(`?actorId=${otherAdmin.user.id}`);
    expect(byActor.body.items.map((e) => e.action)).toEqual(["users.bulk_created", "user.reactivated"]);
    const byAction = await audit("?action=user.deactivated");
    expect(byAction.body.total).toBe(1);
    const byTarget = await audit(`?targetType=user&targetId=${target.user.id}&sortOrder=asc`);
    expect(inRequestOrder(byTarget.body.items)).toEqual(["user.role_changed", "user.deactivated+user.sessions_revoked", "user.reactivated"]);
    const paged = await audit("?perPage=2&page=2");
    expect(paged.body).toMatchObject({ total: 5, totalPages: 3, hasNext: true, hasPrev: true });
    expect(paged.body.items).toHaveLength(2);
  });

  it("rejects bad filters with 400 naming the field", async () => {
    for (const [query, field] of [["?actorId=bob", "actorId"], ["?perPage=500", "perPage"], [`?action=${"a".repeat(65)}`, "action"]] as const) {
      const res = await audit(query);
      expect(res.status, query).toBe(400);
      expect(res.body.issues?.map((i) => i.path)).toEqual([field]);
    }
    expect((await audit("?secret=1")).status).toBe(400);
  });

  it("is ADMIN only", async () => {
    const staff = await createAccount(server, { role: "STAFF" });
    expect((await audit("", staff)).status).toBe(403);
    expect((await requestJson(`${server.url}/api/v1/admin/audit`)).status).toBe(401);
  });
});
