import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { trpcClient, type ErrorBodyShape } from "../auth/auth-client.ts";
import type { PageJson } from "../helpers/http.ts";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  isActive: boolean;
  createdAt: string;
}
type Page = PageJson<UserRow>;

let server: TestServer;
let staff: TestAccount;
let customer: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  staff = await createAccount(server, { role: "STAFF", email: "zz-staff@list.test", name: "Zed Staff" });
  customer = await createAccount(server, { role: "CUSTOMER", email: "zz-customer@list.test", name: "Zed Customer" });
  const base = Date.parse("2026-01-01T00:00:00Z");
  // 25 fixture accounts with distinct creation times; every third inactive, every fifth STAFF.
  await server.services.db.prisma.user.createMany({
    data: Array.from({ length: 25 }, (_, i) => ({
      email: `member-${String(i).padStart(2, "0")}@list.test`,
      name: i === 7 ? "Ada LOVELACE" : `Member ${String(i).padStart(2, "0")}`,
      passwordHash: "not-a-real-hash",
      role: i % 5 === 0 ? ("STAFF" as const) : ("CUSTOMER" as const),
      isActive: i % 3 !== 0,
      createdAt: new Date(base + i * 60_000),
    })),
  });
  await server.services.db.prisma.user.create({ data: { email: "percent_100%@list.test", name: "Literal Percent", passwordHash: "x" } });
});
afterAll(() => server.close());

const list = (query: string, account: TestAccount = staff) =>
  requestJson<Page & ErrorBodyShape>(`${server.url}/api/v1/admin/users${query}`, { headers: account.headers });

describe("users.list (GET /api/v1/admin/users)", () => {
  it("pages with the one envelope: newest first by default, total counted under the same filters", async () => {
    const first = await list("?perPage=10");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 28, page: 1, perPage: 10, totalPages: 3, hasNext: true, hasPrev: false });
    expect(first.body.items).toHaveLength(10);
    const createdAt = first.body.items.map((u) => Date.parse(u.createdAt));
    expect([...createdAt].sort((a, b) => b - a)).toEqual(createdAt);
    const last = await list("?perPage=10&page=3");
    expect(last.body).toMatchObject({ page: 3, hasNext: false, hasPrev: true });
    expect(last.body.items).toHaveLength(8);
    const all = [...first.body.items, ...(await list("?perPage=10&page=2")).body.items, ...last.body.items].map((u) => u.id);
    expect(new Set(all).size).toBe(28);
  });

  it("filters by isActive (query-string booleans) and role, with matching totals", async () => {
    const inactive = await list("?isActive=false&perPage=100");
    expect(inactive.body.total).toBe(9);
    expect(inactive.body.items.every((u) => !u.isActive)).toBe(true);
    const active = await list("?isActive=true&perPage=100");
    expect(active.body.total).toBe(19);
    const activeStaff = await list("?isActive=true&role=STAFF&perPage=100");
    // Members 5, 10, 20 (0 and 15 are inactive) plus the staff account itself.
    expect(activeStaff.body.items.map((u) => u.email).sort()).toEqual(["member-05@list.test", "member-10@list.test", "member-20@list.test", "zz-staff@list.test"]);
    expect(activeStaff.body.total).toBe(4);
  });

  it("searches email and name case-insensitively, treating LIKE wildcards literally", async () => {
    const byName = await list("?search=lovelace");
    expect(byName.body.items.map((u) => u.email)).toEqual(["member-07@list.test"]);
    const byEmail = await list("?search=MEMBER-1");
    expect(byEmail.body.total).toBe(10);
    const wildcard = await list(`?search=${encodeURIComponent("%")}`);
    expect(wildcard.body.items.map((u) => u.email)).toEqual(["percent_100%@list.test"]);
    const underscore = await list(`?search=${encodeURIComponent("_1")}`);
    expect(underscore.body.items.map((u) => u.email)).toEqual(["percent_100%@list.test"]);
  });

  it("sorts by email or name in either direction", async () => {
    const byEmail = await list("?sortBy=email&sortOrder=asc&perPage=3");
    expect(byEmail.body.items.map((u) => u.email)).toEqual(["member-00@list.test", "member-01@list.test", "member-02@list.test"]);
    const byNameDesc = await list("?sortBy=name&sortOrder=desc&perPage=2");
    expect(byNameDesc.body.items.map((u) => u.name)).toEqual(["Zed Staff", "Zed Customer"]);
  });

  it("rejects bad parameters with 400 naming the field", async () => {
    const cases: [string, string][] = [
      ["?perPage=101", "perPage"],
      ["?perPage=0", "perPage"],
      ["?page=abc", "page"],
      ["?isActive=maybe", "isActive"],
      ["?role=OWNER", "role"],
      ["?sortBy=passwordHash", "sortBy"],
      ["?sortOrder=up", "sortOrder"],
      [`?search=${"x".repeat(101)}`, "search"],
    ];
    for (const [query, field] of cases) {
      const res = await list(query);
      expect(res.status, query).toBe(400);
      expect(res.body.issues?.map((i) => i.path), query).toEqual([field]);
    }
    expect((await list("?admin=true")).status).toBe(400);
  });

  it("is for STAFF and ADMIN only: a customer gets 403, an anonymous caller 401", async () => {
    const forbidden = await list("", customer);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe("FORBIDDEN");
    expect((await requestJson(`${server.url}/api/v1/admin/users`)).status).toBe(401);
    await expect(trpcClient(server, customer.headers).users.list.query({})).rejects.toMatchObject({ data: { httpStatus: 403 } });
  });

  it("works over tRPC with JSON booleans", async () => {
    const page = await trpcClient(server, staff.headers).users.list.query({ isActive: false, perPage: 5 });
    expect(page.total).toBe(9);
    expect(page.items[0]?.createdAt).toBeInstanceOf(Date);
  });
});
