import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { goodPassword, login, uniqueEmail, type ErrorBodyShape } from "../auth/auth-client.ts";

interface Created {
  created: { id: string; email: string; name: string; role: string; isActive: boolean }[];
}

let server: TestServer;
let admin: TestAccount;
let secondAdmin: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createAccount(server, { role: "ADMIN" });
  secondAdmin = await createAccount(server, { role: "ADMIN" });
});
afterAll(() => server.close());

const row = (email: string, extra: Record<string, unknown> = {}) => ({ email, name: `Bulk ${email.split("@")[0]}`, password: goodPassword, ...extra });
const bulk = (body: unknown, account: TestAccount = admin) =>
  requestJson<Created & ErrorBodyShape>(`${server.url}/api/v1/admin/users/bulk`, { method: "POST", headers: account.headers, body });
const countEmails = (emails: string[]) => server.services.db.prisma.user.count({ where: { email: { in: emails } } });

describe("users.createMany (POST /api/v1/admin/users/bulk)", () => {
  it("creates every row in request order, with roles, usable passwords and one audit entry", async () => {
    const emails = [uniqueEmail("bulk-c"), uniqueEmail("bulk-a"), uniqueEmail("bulk-b")];
    const res = await bulk({ users: [row(emails[0] ?? ""), row(` ${(emails[1] ?? "").toUpperCase()} `, { role: "STAFF" }), row(emails[2] ?? "", { role: "ADMIN" })] });
    expect(res.status).toBe(201);
    expect(res.body.created.map((u) => [u.email, u.role])).toEqual([
      [emails[0], "CUSTOMER"],
      [emails[1], "STAFF"],
      [emails[2], "ADMIN"],
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/password/i);
    expect((await login(server, emails[1] ?? "", goodPassword)).status).toBe(200);
    const audit = await server.services.db.prisma.auditLog.findFirstOrThrow({ where: { action: "users.bulk_created", actorId: admin.user.id } });
    expect(audit.requestId).toBe(res.headers.get("x-request-id"));
    expect(audit.changes).toEqual({ count: 3, userIds: expect.arrayContaining(res.body.created.map((u) => u.id)) });
  });

  it("rejects the whole batch when an email repeats inside it (400, every offending row by index)", async () => {
    const repeated = uniqueEmail("repeat");
    const other = uniqueEmail("other");
    const res = await bulk({ users: [row(repeated), row(other), row(repeated.toUpperCase())] });
    expect(res.status).toBe(400);
    expect(res.body.issues?.map((i) => i.path)).toEqual(["users.0.email", "users.2.email"]);
    expect(await countEmails([repeated, other])).toBe(0);
  });

  it("rejects the whole batch when an email already has an account (409 listing the rows)", async () => {
    const existing = await createAccount(server);
    const fresh = [uniqueEmail("fresh"), uniqueEmail("fresh")];
    const res = await bulk({ users: [row(fresh[0] ?? ""), row(existing.user.email), row(fresh[1] ?? "")] });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "CONFLICT", rows: [{ index: 1, field: "email", message: "already has an account" }] });
    expect(await countEmails(fresh)).toBe(0);
  });

  it("two admins bulk-creating overlapping emails at the same time: exactly one batch wins", async () => {
    const shared = [uniqueEmail("race-shared"), uniqueEmail("race-shared")];
    const onlyFirst = [uniqueEmail("race-first"), uniqueEmail("race-first")];
    const onlySecond = [uniqueEmail("race-second"), uniqueEmail("race-second")];
    // Different row orders, so a naive insert order could deadlock.
    const firstBatch = [onlyFirst[0], shared[0], onlyFirst[1], shared[1]].map((email) => row(email ?? ""));
    const secondBatch = [shared[1], onlySecond[0], shared[0], onlySecond[1]].map((email) => row(email ?? ""));
    const [first, second] = await Promise.all([bulk({ users: firstBatch }, admin), bulk({ users: secondBatch }, secondAdmin)]);

    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const [winner, loser, winnerOnly, loserOnly, loserSharedRows] =
      first.status === 201 ? [first, second, onlyFirst, onlySecond, [0, 2]] : [second, first, onlySecond, onlyFirst, [1, 3]];
    expect(winner.body.created).toHaveLength(4);
    expect(loser.body.code).toBe("CONFLICT");
    expect((loser.body.rows as { index: number }[]).map((r) => r.index)).toEqual(loserSharedRows);
    expect(await countEmails([...shared, ...winnerOnly])).toBe(4);
    expect(await countEmails(loserOnly)).toBe(0);
    const audits = await server.services.db.prisma.auditLog.count({ where: { action: "users.bulk_created", requestId: { in: [first, second].map((r) => r.headers.get("x-request-id") ?? "") } } });
    expect(audits).toBe(1);
  });

  it("an email committed by another transaction between our check and our insert is still a 409, not a 500", async () => {
    const held = uniqueEmail("held");
    const fresh = uniqueEmail("fresh");
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Another writer holds an uncommitted insert of `held` while the batch runs its check.
    const holder = server.services.db.prisma.$transaction(
      async (tx) => {
        await tx.user.create({ data: { email: held, name: "Held", passwordHash: "x" } });
        await gate;
      },
      { timeout: 60_000 },
    );
    const attempt = bulk({ users: [row(fresh), row(held)] });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    release();
    await holder;
    const res = await attempt;
    expect(res.status).toBe(409);
    expect(res.body.rows).toEqual([{ index: 1, field: "email", message: "already has an account" }]);
    expect(await countEmails([fresh])).toBe(0);
  });

  it("validates each row with its index in the path and caps the batch at 100 rows", async () => {
    const bad = await bulk({ users: [row(uniqueEmail()), row("not-an-email"), row(uniqueEmail(), { password: "short" }), row(uniqueEmail(), { role: "OWNER" })] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.map((i) => i.path)).toEqual(["users.1.email", "users.2.password", "users.3.role"]);
    const tooMany = await bulk({ users: Array.from({ length: 101 }, () => row(uniqueEmail("many"))) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues?.map((i) => i.path)).toEqual(["users"]);
    expect((await bulk({ users: [] })).status).toBe(400);
    expect((await bulk({ users: [row(uniqueEmail())], dryRun: true })).status).toBe(400);
    expect((await bulk({ users: "everyone" })).status).toBe(400);
  });

  it("is ADMIN only", async () => {
    const staff = await createAccount(server, { role: "STAFF" });
    const email = uniqueEmail("staff-try");
    expect((await bulk({ users: [row(email)] }, staff)).status).toBe(403);
    expect(await countEmails([email])).toBe(0);
  });
});
