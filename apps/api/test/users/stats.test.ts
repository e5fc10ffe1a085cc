import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { goodPassword, registerAccount, trpcClient, uniqueEmail } from "../auth/auth-client.ts";

interface Stats {
  users: {
    total: number;
    active: number;
    inactive: number;
    byRole: { CUSTOMER: number; STAFF: number; ADMIN: number };
    newToday: number;
    newThisWeek: number;
  };
  generatedAt: string;
}

let server: TestServer;
let admin: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
  staff = await createAccount(server, { role: "STAFF" });
  const longAgo = new Date(Date.now() - 40 * 86_400_000);
  await server.services.db.prisma.user.createMany({
    data: [
      { email: "old-1@stats.test", name: "Old One", passwordHash: "x", createdAt: longAgo },
      { email: "old-2@stats.test", name: "Old Two", passwordHash: "x", createdAt: longAgo, isActive: false },
      { email: "old-3@stats.test", name: "Old Three", passwordHash: "x", createdAt: longAgo, role: "STAFF", isActive: false },
    ],
  });
});
afterAll(() => server.close());

const stats = (account: TestAccount = staff) => requestJson<Stats>(`${server.url}/api/v1/admin/stats`, { headers: account.headers });

describe("users.stats (GET /api/v1/admin/stats)", () => {
  it("counts accounts by activity, role and recency", async () => {
    const res = await stats();
    expect(res.status).toBe(200);
    expect(res.body.users).toEqual({
      total: 5,
      active: 3,
      inactive: 2,
      byRole: { CUSTOMER: 2, STAFF: 2, ADMIN: 1 },
      // Only the two helper accounts were created now; the fixtures are 40 days old.
      newToday: 2,
      newThisWeek: 2,
    });
    expect(Number.isNaN(Date.parse(res.body.generatedAt))).toBe(false);
  });

  it("serves the cached numbers for 60 s, and any user write through the API refreshes them", async () => {
    const before = await stats();
    // A write behind the API's back is not seen: the answer comes from the cache.
    await server.services.db.prisma.user.create({ data: { email: uniqueEmail("sneaky"), name: "Sneaky", passwordHash: "x" } });
    const cached = await stats();
    expect(cached.body).toEqual(before.body);

    // A registration invalidates the cache: both users now count.
    expect((await registerAccount(server, { email: uniqueEmail("stats"), password: goodPassword, name: "Stats" })).status).toBe(201);
    const afterRegister = await stats();
    expect(afterRegister.body.users.total).toBe(before.body.users.total + 2);
    expect(Date.parse(afterRegister.body.generatedAt)).toBeGreaterThanOrEqual(Date.parse(before.body.generatedAt));

    // So does an admin's change of activation.
    const target = await createAccount(server);
    const warm = await stats();
    await requestJson(`${server.url}/api/v1/admin/users/${target.user.id}`, { method: "PATCH", headers: admin.headers, body: { isActive: false } });
    const afterDeactivate = await stats();
    expect(afterDeactivate.body.users.inactive).toBe(warm.body.users.inactive + 1);

    // And a bulk create.
    await requestJson(`${server.url}/api/v1/admin/users/bulk`, { method: "POST", headers: admin.headers, body: { users: [{ email: uniqueEmail("bulk"), name: "Bulk", password: goodPassword, role: "STAFF" }] } });
    const afterBulk = await stats();
    expect(afterBulk.body.users.byRole.STAFF).toBe(afterDeactivate.body.users.byRole.STAFF + 1);
  });

  it("is for STAFF and ADMIN: a customer gets 403, and tRPC answers a real Date", async () => {
    const customer = await createAccount(server);
    expect((await stats(customer)).status).toBe(403);
    expect((await stats(admin)).status).toBe(200);
    const viaTrpc = await trpcClient(server, staff.headers).users.stats.query();
    expect(viaTrpc.generatedAt).toBeInstanceOf(Date);
  });
});
