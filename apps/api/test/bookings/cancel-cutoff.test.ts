import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate, type BookingJson, type ErrorJson } from "./booking-helpers.ts";

// A two-day cut-off makes "inside" (tomorrow) and "outside" (in five days) independent of the
// time of day the suite runs at.
const cutoffMinutes = 2 * 24 * 60;

let server: TestServer;
let customer: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ env: { BOOKING_CANCEL_CUTOFF_MINUTES: String(cutoffMinutes), BUSINESS_NAME: "Chez Cutoff" } });
  [customer, staff] = await Promise.all([createAccount(server), createAccount(server, { role: "STAFF" })]);
});
afterAll(() => server.close());

async function book(daysAhead: number, time = "19:00"): Promise<BookingJson> {
  const res = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, daysAhead), time }));
  expect(res.status).toBe(201);
  return res.body;
}

describe("the customers' change cut-off", () => {
  it("bookings.venue tells clients the cut-off before anyone tries", async () => {
    const res = await call<{ cancelCutoffMinutes: number }>(server, undefined, "GET", "/bookings/venue");
    expect(res.status).toBe(200);
    expect(res.body.cancelCutoffMinutes).toBe(cutoffMinutes);
  });

  it("refuses a customer's cancel, reschedule and party-size change inside it with 403 saying until when they could have", async () => {
    const booking = await book(1);
    const cancel = await call<ErrorJson>(server, customer, "POST", `/bookings/${booking.id}/cancel`, {});
    expect(cancel.status).toBe(403);
    expect(cancel.body.code).toBe("FORBIDDEN");
    expect(cancel.body.message).toMatch(/^Changes close 48 hours before the start: you could cancel until 19:00 on \w+ \d+ \w+\. Contact Chez Cutoff/);

    const move = await call<ErrorJson>(server, customer, "POST", `/bookings/${booking.id}/reschedule`, { date: venueDate(server, 6), time: "19:00" });
    expect(move.status).toBe(403);
    expect(move.body.message).toContain("you could reschedule until 19:00");

    const bigger = await call<ErrorJson>(server, customer, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 3 });
    expect(bigger.status).toBe(403);
    expect(bigger.body.message).toContain("you could change the party size until");

    // Contact details may still be corrected: the venue wants the right phone number most of all.
    const contact = await call(server, customer, "PATCH", `/bookings/${booking.id}`, { version: 1, contactName: "Ada L." });
    expect(contact.status).toBe(200);
    const row = await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect({ status: row.status, partySize: row.partySize, contactName: row.contactName }).toEqual({ status: "PENDING", partySize: 2, contactName: "Ada L." });
  });

  it("lets customers cancel and reschedule outside it", async () => {
    const moved = await book(5, "12:00");
    const move = await call(server, customer, "POST", `/bookings/${moved.id}/reschedule`, { date: venueDate(server, 7), time: "12:00" });
    expect(move.status).toBe(200);
    const cancelled = await book(5, "13:00");
    const cancel = await call(server, customer, "POST", `/bookings/${cancelled.id}/cancel`, {});
    expect(cancel.status).toBe(200);
    expect(cancel.body.status).toBe("CANCELLED");
  });

  it("lets staff cancel inside it, marking the cancellation late in the booking and its audit entry", async () => {
    const booking = await book(1, "20:00");
    const res = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CANCELLED", note: "Guest phoned" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "CANCELLED", cancelledLate: true });
    const audit = await server.services.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: booking.id, action: "booking.cancelled" } });
    expect(audit.actorId).toBe(staff.user.id);
    expect(audit.changes).toMatchObject({ late: true, status: { from: "PENDING", to: "CANCELLED" } });
  });

  it("does not mark a staff cancellation outside it late", async () => {
    const booking = await book(6, "20:00");
    const res = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CANCELLED" });
    expect(res.status).toBe(200);
    expect(res.body.cancelledLate).toBe(false);
    const audit = await server.services.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: booking.id, action: "booking.cancelled" } });
    expect(audit.changes).not.toHaveProperty("late");
  });
});

describe("a customer's record for staff (users.byId)", () => {
  it("counts late cancellations and no-shows, and nothing else", async () => {
    const regular = await createAccount(server);
    const made: BookingJson[] = [];
    for (const [days, time] of [[1, "12:00"], [1, "13:00"], [6, "12:00"], [6, "13:00"], [6, "14:00"]] as const) {
      const res = await createBooking(server, regular, bookingBody(server, { date: venueDate(server, days), time }));
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    const [late, noShow, onTime, kept, withdrawn] = made as [BookingJson, BookingJson, BookingJson, BookingJson, BookingJson];
    const setStatus = (id: string, status: string) => call(server, staff, "POST", `/admin/bookings/${id}/status`, { status });
    expect((await setStatus(late.id, "CANCELLED")).status).toBe(200);
    expect((await setStatus(noShow.id, "CONFIRMED")).status).toBe(200);
    expect((await setStatus(noShow.id, "NO_SHOW")).status).toBe(200);
    expect((await setStatus(onTime.id, "CANCELLED")).status).toBe(200);
    expect(kept.status).toBe("PENDING");
    expect((await call(server, regular, "POST", `/bookings/${withdrawn.id}/cancel`, {})).status).toBe(200);

    const res = await call<{ lateCancellations: number; noShows: number }>(server, staff, "GET", `/admin/users/${regular.user.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ lateCancellations: 1, noShows: 1 });
    const newcomer = await createAccount(server);
    const clean = await call<{ lateCancellations: number; noShows: number }>(server, staff, "GET", `/admin/users/${newcomer.user.id}`);
    expect(clean.body).toMatchObject({ lateCancellations: 0, noShows: 0 });
  });
});
