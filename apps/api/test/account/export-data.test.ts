import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, goodPassword, login, registerAccount, trpcClient, uniqueEmail } from "../auth/auth-client.ts";
import { bookingBody, createBooking } from "../bookings/booking-helpers.ts";
import { createAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { insertBooking } from "./account-fixtures.ts";

interface ExportJson {
  exportedAt: string;
  profile: { id: string; email: string; name: string; lastLoginAt: string | null };
  bookings: { id: string; reference: string; contactEmail: string; status: string }[];
  sessions: { createdAt: string; lastUsedAt: string; expiresAt: string; userAgent: string | null; ipAddress: string | null }[];
  feedback: { bookingId: string; bookingReference: string; rating: number; comment: string | null }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const exportFor = (token: string) => requestJson<ExportJson>(`${server.url}/api/v1/auth/export`, { headers: bearer(token) });

describe("auth.exportData (GET /api/v1/auth/export)", () => {
  it("holds the caller's profile, every booking, open sessions and feedback: only theirs, and no secrets", async () => {
    const email = uniqueEmail("export");
    const registered = await registerAccount(server, { email, password: goodPassword, name: "Export Owner" });
    const signedIn = await login(server, email, goodPassword, { "user-agent": "Export Browser/1.0" });
    const ownerId = registered.body.user.id;
    const owner = {
      user: await server.services.db.prisma.user.findUniqueOrThrow({ where: { id: ownerId } }),
      password: goodPassword,
      token: signedIn.body.token,
      headers: { authorization: `Bearer ${signedIn.body.token}`, "content-type": "application/json" },
    };
    const upcoming = await createBooking(server, owner, bookingBody(server, { contactEmail: "owner-contact@example.test" }));
    expect(upcoming.status).toBe(201);
    const pastId = await insertBooking(server, ownerId, { offsetDays: -3, status: "COMPLETED", rating: 5, comment: "Lovely", internalNotes: "Staff-only: regular" });

    const someoneElse = await createAccount(server);
    await insertBooking(server, someoneElse.user.id, { offsetDays: -2, status: "COMPLETED", rating: 2, comment: "Not theirs" });

    const res = await exportFor(signedIn.body.token);
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ id: ownerId, email, name: "Export Owner" });
    expect(res.body.profile.lastLoginAt).not.toBeNull();
    expect(res.body.bookings.map((booking) => booking.id).sort()).toEqual([upcoming.body.id, pastId].sort());
    expect(res.body.feedback).toEqual([expect.objectContaining({ bookingId: pastId, rating: 5, comment: "Lovely" })]);
    // Both sessions (register's and login's), each with its device and address.
    expect(res.body.sessions).toHaveLength(2);
    expect(res.body.sessions.map((session) => session.userAgent)).toContain("Export Browser/1.0");
    expect(res.body.sessions.every((session) => session.ipAddress !== null)).toBe(true);
    expect(Date.now() - new Date(res.body.exportedAt).getTime()).toBeLessThan(60_000);

    const text = JSON.stringify(res.body);
    const user = await server.services.db.prisma.user.findUniqueOrThrow({ where: { id: ownerId } });
    const sessionIds = (await server.services.db.prisma.session.findMany({ where: { userId: ownerId } })).map((session) => session.id);
    for (const secret of [user.passwordHash, signedIn.body.token, registered.body.token, ...sessionIds, "Staff-only", "Not theirs", someoneElse.user.email]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/passwordHash|internalNotes|tokenHash/);
  });

  it("answers the same document over tRPC, and 401 without a session", async () => {
    const account = await createAccount(server);
    const exported = await trpcClient(server, account.headers).auth.exportData.query();
    expect(exported.profile.id).toBe(account.user.id);
    expect(exported.exportedAt).toBeInstanceOf(Date);
    expect((await requestJson(`${server.url}/api/v1/auth/export`)).status).toBe(401);
  });
});
