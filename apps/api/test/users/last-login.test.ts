import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson, type PageJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bearer, login } from "../auth/auth-client.ts";

interface UserJson {
  id: string;
  email: string;
  lastLoginAt: string | null;
}

let server: TestServer;
let admin: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
});
afterAll(() => server.close());

const listUsers = (query: string) => requestJson<PageJson<UserJson>>(`${server.url}/api/v1/admin/users?${query}`, { headers: admin.headers });

describe("lastLoginAt", () => {
  it("is null until a password sign-in, then the time of the latest one, on me and in the list", async () => {
    const account = await createAccount(server);
    const before = await requestJson<UserJson>(`${server.url}/api/v1/auth/me`, { headers: account.headers });
    expect(before.body.lastLoginAt).toBeNull();

    const first = await login(server, account.user.email, account.password);
    expect(first.status).toBe(200);
    const firstAt = (first.body.user as unknown as UserJson).lastLoginAt;
    expect(firstAt).not.toBeNull();
    const session = await server.services.db.prisma.session.findFirstOrThrow({ where: { userId: account.user.id, userAgent: { not: "vitest" } } });
    expect(new Date(firstAt ?? "").getTime()).toBe(session.createdAt.getTime());

    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await login(server, account.user.email, account.password);
    const me = await requestJson<UserJson>(`${server.url}/api/v1/auth/me`, { headers: bearer(second.body.token) });
    expect(new Date(me.body.lastLoginAt ?? "").getTime()).toBeGreaterThan(new Date(firstAt ?? "").getTime());
  });

  it("is not touched by a failed sign-in", async () => {
    const account = await createAccount(server);
    expect((await login(server, account.user.email, "not-the-password-1")).status).toBe(401);
    const row = await server.services.db.prisma.user.findUniqueOrThrow({ where: { id: account.user.id } });
    expect(row.lastLoginAt).toBeNull();
  });

  it("sorts users.list in both orders with never-signed-in accounts last", async () => {
    const tag = `sortlast${Date.now().toString(36)}`;
    const [never, older, newer] = await Promise.all(
      ["never", "older", "newer"].map((label) => createAccount(server, { email: `${tag}-${label}@example.test` })),
    );
    const { prisma } = server.services.db;
    await prisma.user.update({ where: { id: older?.user.id ?? "" }, data: { lastLoginAt: new Date("2026-01-01T10:00:00Z") } });
    await prisma.user.update({ where: { id: newer?.user.id ?? "" }, data: { lastLoginAt: new Date("2026-06-01T10:00:00Z") } });

    const desc = await listUsers(`search=${tag}&sortBy=lastLoginAt&sortOrder=desc`);
    expect(desc.status).toBe(200);
    expect(desc.body.items.map((user) => user.id)).toEqual([newer?.user.id, older?.user.id, never?.user.id]);
    const asc = await listUsers(`search=${tag}&sortBy=lastLoginAt&sortOrder=asc`);
    expect(asc.body.items.map((user) => user.id)).toEqual([older?.user.id, newer?.user.id, never?.user.id]);

    // Paging keeps the order: the null row is the last page's only row.
    const lastPage = await listUsers(`search=${tag}&sortBy=lastLoginAt&sortOrder=asc&perPage=2&page=2`);
    expect(lastPage.body.items.map((user) => user.id)).toEqual([never?.user.id]);
  });
});
