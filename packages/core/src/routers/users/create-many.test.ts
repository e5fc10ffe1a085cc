import { passwordPolicyProblem } from "@slotted/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestAccount, type TestApp } from "../../../test/test-app.ts";

let app: TestApp;
let admin: TestAccount;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.account({ role: "ADMIN" });
});
afterAll(() => app.close());

describe("users.createMany with rows from a CSV (email, name, role; no password)", () => {
  it("makes a password for a row without one, answers it once, and it signs in through auth.login", async () => {
    const { created } = await app.caller(admin, "req-bulk").users.createMany({
      users: [
        { email: "csv-one@example.com", name: "Csv One", role: "STAFF" },
        { email: "chosen@example.com", name: "Chose Own", password: "plum-kettle-orbit-9" },
        { email: "csv-two@example.com", name: "Csv Two" },
      ],
    });
    expect(created.map((user) => [user.email, user.role])).toEqual([
      ["csv-one@example.com", "STAFF"],
      ["chosen@example.com", "CUSTOMER"],
      ["csv-two@example.com", "CUSTOMER"],
    ]);
    const [one, chosen, two] = created;
    expect(chosen).not.toHaveProperty("temporaryPassword");
    for (const user of [one!, two!]) {
      expect(user.temporaryPassword!.length).toBeGreaterThanOrEqual(20);
      expect(passwordPolicyProblem(user.temporaryPassword!, user.email)).toBeNull();
    }
    expect(one!.temporaryPassword).not.toBe(two!.temporaryPassword);

    const signedIn = await app.caller().auth.login({ email: "csv-one@example.com", password: one!.temporaryPassword! });
    expect(signedIn.user).toMatchObject({ id: one!.id, role: "STAFF" });
    expect((await app.caller().auth.login({ email: "chosen@example.com", password: "plum-kettle-orbit-9" })).user.id).toBe(chosen!.id);
    await expect(app.caller().auth.login({ email: "csv-two@example.com", password: one!.temporaryPassword! })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // Shown once: neither the audit log nor any log line holds it.
    const audit = await app.services.db.prisma.auditLog.findMany({ where: { requestId: "req-bulk" } });
    expect(audit.map((entry) => entry.action)).toEqual(["users.bulk_created"]);
    for (const secret of [one!.temporaryPassword!, two!.temporaryPassword!]) {
      expect(JSON.stringify(audit)).not.toContain(secret);
      expect(app.logText()).not.toContain(secret);
    }
    expect(app.logText()).toContain("users.createMany");
  });

  it("keeps all or nothing: 409 naming the rows whose email is taken, 400 naming rows repeated in the batch", async () => {
    await app.caller(admin).users.createMany({ users: [{ email: "taken@example.com", name: "Taken" }] });
    const before = await app.services.db.prisma.user.count();

    const taken = app.caller(admin).users.createMany({
      users: [
        { email: "fresh@example.com", name: "Fresh" },
        { email: "taken@example.com", name: "Again" },
      ],
    });
    await expect(taken).rejects.toMatchObject({ code: "CONFLICT" });
    const conflict = await app.rest("POST", "/admin/users/bulk", admin, {
      users: [
        { email: "fresh@example.com", name: "Fresh" },
        { email: "taken@example.com", name: "Again" },
      ],
    });
    expect(conflict.status).toBe(409);
    // The error body as the formatter builds it (apps/api lifts `data` to the top of REST answers).
    expect(conflict.body).toMatchObject({ data: { code: "CONFLICT", rows: [{ index: 1, field: "email", message: "already has an account" }] } });

    const repeated = await app.rest("POST", "/admin/users/bulk", admin, {
      users: [
        { email: "twice@example.com", name: "First" },
        { email: "other@example.com", name: "Other" },
        { email: "TWICE@example.com", name: "Second" },
      ],
    });
    expect(repeated.status).toBe(400);
    expect(JSON.stringify(repeated.body)).toMatch(/users\.0\.email/);
    expect(JSON.stringify(repeated.body)).toMatch(/users\.2\.email/);
    expect(await app.services.db.prisma.user.count()).toBe(before);
  });

  it("still refuses a weak password when one is sent, and is for ADMIN only", async () => {
    await expect(
      app.caller(admin).users.createMany({ users: [{ email: "weak@example.com", name: "Weak", password: "password123" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const staff = await app.account({ role: "STAFF" });
    await expect(app.caller(staff).users.createMany({ users: [{ email: "nope@example.com", name: "Nope" }] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
