import { withTransaction } from "@slotted/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, goodPassword, login, registerAccount, sessionCookieOf, uniqueEmail, type ErrorBodyShape } from "../auth/auth-client.ts";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startNotificationServer, type NotificationServer } from "../notifications/notification-server.ts";
import { queuedJobs } from "../notifications/queued-jobs.ts";
import { waitFor } from "../notifications/wait-for.ts";
import { insertBooking } from "./account-fixtures.ts";

const capacity = 4;
let ctx: NotificationServer;
let staff: TestAccount;

beforeAll(async () => {
  ctx = await startNotificationServer({ env: { BOOKING_SLOT_CAPACITY: String(capacity) } });
  staff = await createAccount(ctx.server, { role: "ADMIN" });
});
afterAll(() => ctx.close());

const api = (path: string) => `${ctx.server.url}/api/v1${path}`;

/** A customer made through the API (so its password signs in), as a TestAccount. */
async function registeredCustomer(label: string): Promise<TestAccount> {
  const email = uniqueEmail(label);
  const res = await registerAccount(ctx.server, { email, password: goodPassword, name: `Deleting ${label}` });
  expect(res.status).toBe(201);
  const user = await ctx.server.services.db.prisma.user.findUniqueOrThrow({ where: { id: res.body.user.id } });
  return { user, password: goodPassword, token: res.body.token, headers: { ...bearer(res.body.token), "content-type": "application/json" } };
}

const deleteAccount = (account: TestAccount, password: string) =>
  requestJson<ErrorBodyShape & { deleted: true; cancelledBookings: number }>(api("/auth/delete-account"), { method: "POST", headers: account.headers, body: { password } });

const completedCount = async () =>
  (await requestJson<{ bookings: { byStatus: Record<string, number> } }>(api("/admin/stats"), { headers: staff.headers })).body.bookings.byStatus.COMPLETED;

describe("auth.deleteAccount (POST /api/v1/auth/delete-account)", () => {
  it("refuses a wrong password with 400 on password, and changes nothing (no job either)", async () => {
    const customer = await registeredCustomer("wrong");
    const booked = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date: venueDate(ctx.server, 4), partySize: 1 }));
    expect(booked.status).toBe(201);

    const res = await deleteAccount(customer, "definitely-not-it");
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: "password", message: "is incorrect" }]);

    expect((await requestJson(api("/auth/me"), { headers: customer.headers })).status).toBe(200);
    expect((await login(ctx.server, customer.user.email, goodPassword)).status).toBe(200);
    const row = await ctx.server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: booked.body.id } });
    expect(row).toMatchObject({ status: "PENDING", contactEmail: booked.body.contactEmail });
    expect((await queuedJobs(ctx.server, "booking-mail", booked.body.id)).map((job) => job.data.event)).toEqual(["received"]);
    expect(await ctx.server.services.db.prisma.auditLog.count({ where: { action: "user.account_deleted", targetId: customer.user.id } })).toBe(0);
  });

  it("signs out everywhere, cancels what is ahead (freeing the place and table), erases personal data and lets the email register again", async () => {
    const { prisma } = ctx.server.services.db;
    const customer = await registeredCustomer("delete");
    const otherSession = await login(ctx.server, customer.user.email, goodPassword);
    const date = venueDate(ctx.server, 6);
    const contactEmail = `contact-${Date.now().toString(36)}@example.test`;
    const upcoming = await createBooking(
      ctx.server,
      customer,
      bookingBody(ctx.server, { date, time: "19:00", partySize: capacity, contactEmail, specialRequests: "Birthday cake" }),
    );
    expect(upcoming.status).toBe(201);
    const table = await prisma.venueTable.create({ data: { name: `Delete ${Date.now().toString(36)}`, seats: 4 } });
    await prisma.booking.update({ where: { id: upcoming.body.id }, data: { tableId: table.id } });
    const pastId = await insertBooking(ctx.server, customer.user.id, { offsetDays: -5, status: "COMPLETED", rating: 4, comment: "Great soup", internalNotes: "Allergic to nuts" });

    const waiting = await createAccount(ctx.server);
    expect((await createBooking(ctx.server, waiting, bookingBody(ctx.server, { date, time: "19:00", partySize: 1 }))).status).toBe(409);
    const completedBefore = await completedCount();

    const res = await deleteAccount(customer, goodPassword);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: true, cancelledBookings: 1 });
    expect(sessionCookieOf(res)?.value).toBe("");

    // Every session ended, and the old credentials no longer sign in.
    expect((await requestJson(api("/auth/me"), { headers: customer.headers })).status).toBe(401);
    expect((await requestJson(api("/auth/me"), { headers: bearer(otherSession.body.token) })).status).toBe(401);
    expect((await login(ctx.server, customer.user.email, goodPassword)).status).toBe(401);

    const cancelled = await prisma.booking.findUniqueOrThrow({ where: { id: upcoming.body.id } });
    expect(cancelled).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Account deleted",
      tableId: null,
      contactName: "Deleted customer",
      contactEmail: `deleted+${upcoming.body.id}@invalid.invalid`,
      contactPhone: "+10000000000",
      specialRequests: null,
    });
    expect(cancelled.cancelledAt).not.toBeNull();
    // The place is free again.
    expect((await createBooking(ctx.server, waiting, bookingBody(ctx.server, { date, time: "19:00", partySize: 1 }))).status).toBe(201);

    // The past stays in the venue's records, without the person.
    const past = await prisma.booking.findUniqueOrThrow({ where: { id: pastId }, include: { feedback: true } });
    expect(past).toMatchObject({ status: "COMPLETED", partySize: 2, contactName: "Deleted customer", contactEmail: `deleted+${pastId}@invalid.invalid`, specialRequests: null, internalNotes: "Allergic to nuts" });
    expect(past.feedback).toMatchObject({ rating: 4, comment: null });
    expect(await completedCount()).toBe(completedBefore);

    const user = await prisma.user.findUniqueOrThrow({ where: { id: customer.user.id } });
    expect(user).toMatchObject({ email: `deleted-${customer.user.id}@deleted.invalid`, name: "Deleted account", isActive: false, emailVerifiedAt: null });
    expect(user.deletedAt).not.toBeNull();
    expect(user.passwordHash).not.toBe(customer.user.passwordHash);
    expect(await prisma.accountToken.count({ where: { userId: customer.user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: customer.user.id } })).toBe(0);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.account_deleted", targetId: customer.user.id } });
    expect(audit.changes).toEqual({ cancelledBookings: 1, erasedBookings: 2, erasedFeedbackComments: 1, revokedSessions: 2 });
    const auditText = JSON.stringify(audit);
    for (const personal of [customer.user.email, customer.user.name, contactEmail]) expect(auditText).not.toContain(personal);

    // Staff see the account as deleted.
    const listed = await requestJson<{ items: { id: string; deletedAt: string | null }[] }>(api(`/admin/users?search=deleted-${customer.user.id}`), { headers: staff.headers });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: customer.user.id, deletedAt: expect.any(String) })]);

    // Nobody revives it: an admin's change is refused.
    const revive = await requestJson<ErrorBodyShape>(api(`/admin/users/${customer.user.id}`), { method: "PATCH", headers: staff.headers, body: { isActive: true } });
    expect(revive.status).toBe(409);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: customer.user.id } })).isActive).toBe(false);

    // The cancellation mail goes to the address the booking had, by the name it had.
    const mail = await waitFor("the cancellation mail", () => ctx.smtp.received.find((m) => m.to === contactEmail && m.subject.toLowerCase().includes("cancel")));
    expect(mail.text).toContain(upcoming.body.reference);
    expect(mail.text).toContain(customer.user.name);
    const jobs = await queuedJobs(ctx.server, "booking-mail", upcoming.body.id);
    expect(jobs.map((job) => job.data.event)).toEqual(["received", "cancelled"]);

    // The email is free for a new account.
    const again = await registerAccount(ctx.server, { email: customer.user.email, password: goodPassword, name: "Back Again" });
    expect(again.status).toBe(201);
    expect(again.body.user.id).not.toBe(customer.user.id);
  });

  it("sends nothing to an erased address when an older job for the booking runs later", async () => {
    const customer = await registeredCustomer("late-job");
    const booked = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date: venueDate(ctx.server, 8), partySize: 1 }));
    expect(booked.status).toBe(201);
    expect((await deleteAccount(customer, goodPassword)).status).toBe(200);
    // A confirmation queued by staff after the fact would find the account deleted and its row erased.
    await withTransaction(ctx.server.services.db.prisma, (tx) => ctx.server.services.jobs.enqueue(tx, "booking-mail", { bookingId: booked.body.id, event: "confirmed" }));
    await waitFor("every booking-mail job of the booking to settle", async () =>
      (await queuedJobs(ctx.server, "booking-mail", booked.body.id)).every((job) => job.state === "completed"),
    );
    expect(ctx.smtp.received.some((m) => m.to.endsWith("@invalid.invalid"))).toBe(false);
  });
});
