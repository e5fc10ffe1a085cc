import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate, type BookingJson, type ErrorJson, type PageJson } from "./booking-helpers.ts";

let server: TestServer;
let owner: TestAccount;
let stranger: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  [owner, stranger] = await Promise.all([createAccount(server), createAccount(server)]);
});
afterAll(() => server.close());

async function book(overrides: Record<string, unknown> = {}, account: TestAccount = owner): Promise<BookingJson> {
  const res = await createBooking(server, account, bookingBody(server, overrides));
  expect(res.status).toBe(201);
  return res.body;
}

describe("reading your bookings", () => {
  it("byId returns your booking without internal notes; another customer's is 404", async () => {
    const booking = await book({ date: venueDate(server, 2), time: "12:00" });
    await server.services.db.prisma.booking.update({ where: { id: booking.id }, data: { internalNotes: "Regular; prefers booth" } });
    const mine = await call(server, owner, "GET", `/bookings/${booking.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: booking.id, reference: booking.reference });
    expect(JSON.stringify(mine.body)).not.toMatch(/internalNotes|prefers booth/);
    const theirs = await call(server, stranger, "GET", `/bookings/${booking.id}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe("NOT_FOUND");
  });

  it("answers 404 for an unknown ID and 400 for a malformed one", async () => {
    expect((await call(server, owner, "GET", "/bookings/0b7f3c3e-8a8f-4d55-9a59-55d1d8b1a1a1")).status).toBe(404);
    const malformed = await call(server, owner, "GET", "/bookings/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues?.[0]?.path).toBe("id");
  });

  it("lists only your bookings with filters, date order and an accurate total", async () => {
    const lister = await createAccount(server);
    const days = [3, 4, 5, 6, 7];
    const made: BookingJson[] = [];
    for (const day of days) made.push(await book({ date: venueDate(server, day), time: "13:00" }, lister));
    await book({ date: venueDate(server, 4), time: "13:00" }, stranger);
    await call(server, lister, "POST", `/bookings/${made[1]!.id}/cancel`, {});

    const all = await call<PageJson<BookingJson>>(server, lister, "GET", "/bookings?perPage=2");
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 5, page: 1, perPage: 2, totalPages: 3, hasNext: true, hasPrev: false });
    expect(all.body.items.map((b) => b.date)).toEqual([venueDate(server, 3), venueDate(server, 4)]);

    const lastPage = await call<PageJson<BookingJson>>(server, lister, "GET", "/bookings?perPage=2&page=3");
    expect(lastPage.body.items.map((b) => b.date)).toEqual([venueDate(server, 7)]);

    const ranged = await call<PageJson<BookingJson>>(server, lister, "GET", `/bookings?from=${venueDate(server, 4)}&to=${venueDate(server, 6)}&order=desc`);
    expect(ranged.body.total).toBe(3);
    expect(ranged.body.items.map((b) => b.date)).toEqual([venueDate(server, 6), venueDate(server, 5), venueDate(server, 4)]);

    const cancelled = await call<PageJson<BookingJson>>(server, lister, "GET", "/bookings?status=CANCELLED");
    expect(cancelled.body.items.map((b) => b.id)).toEqual([made[1]!.id]);
    const active = await call<PageJson<BookingJson>>(server, lister, "GET", "/bookings?status=PENDING&status=CONFIRMED");
    expect(active.body.total).toBe(4);
  });

  it("rejects bad list parameters with 400", async () => {
    for (const query of ["page=0", "perPage=500", "perPage=ten", "status=LOST", `from=${venueDate(server, 5)}&to=${venueDate(server, 4)}`, "from=tomorrow", "colour=blue"]) {
      const res = await call<ErrorJson>(server, owner, "GET", `/bookings?${query}`);
      expect(res.status, query).toBe(400);
    }
  });
});

describe("bookings.update: PATCH /bookings/{id}", () => {
  it("changes contact details and special requests, normalising them, and bumps the version", async () => {
    const booking = await book({ date: venueDate(server, 9), time: "12:00" });
    const res = await call(server, owner, "PATCH", `/bookings/${booking.id}`, {
      version: 1,
      contactName: "  Grace   Hopper ",
      contactEmail: "Grace@Navy.MIL",
      contactPhone: "+1 (212) 555-0199",
      specialRequests: "<i>Birthday</i> cake",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ contactName: "Grace Hopper", contactEmail: "grace@navy.mil", contactPhone: "+12125550199", specialRequests: "Birthday cake", version: 2 });
    const cleared = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 2, specialRequests: null });
    expect(cleared.body).toMatchObject({ specialRequests: null, version: 3 });
  });

  it("refuses a stale version with 409 and the current version, leaving the booking untouched", async () => {
    const booking = await book({ date: venueDate(server, 9), time: "13:00" });
    expect((await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 3 })).status).toBe(200);
    const stale = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    expect(stale.body.message).toMatch(/changed since you loaded it/);
    expect((await call(server, owner, "GET", `/bookings/${booking.id}`)).body.partySize).toBe(3);
  });

  it("requires a version and at least one change, and validates the phone", async () => {
    const booking = await book({ date: venueDate(server, 9), time: "14:00" });
    expect((await call(server, owner, "PATCH", `/bookings/${booking.id}`, { partySize: 3 })).body.issues?.[0]?.path).toBe("version");
    expect((await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1 })).status).toBe(400);
    expect((await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: "1", partySize: 3 })).status).toBe(400);
    const phone = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, contactPhone: "12345" });
    expect(phone.status).toBe(400);
    expect(phone.body.issues?.[0]?.path).toBe("contactPhone");
    expect((await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, date: venueDate(server, 10) })).status).toBe(400);
  });

  it("is 404 for another customer's booking and 409 once the booking is no longer PENDING/CONFIRMED", async () => {
    const booking = await book({ date: venueDate(server, 9), time: "15:00" });
    expect((await call(server, stranger, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 3 })).status).toBe(404);
    await server.services.db.prisma.booking.update({ where: { id: booking.id }, data: { status: "SEATED" } });
    const seated = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 3 });
    expect(seated.status).toBe(409);
    expect(seated.body.message).toMatch(/SEATED booking cannot be changed/);
  });

  it("is 409 once the booking has started", async () => {
    const booking = await book({ date: venueDate(server, 9), time: "16:00" });
    // Move it into the past behind the API's back, as time would.
    await server.services.db.prisma.booking.update({ where: { id: booking.id }, data: { date: new Date(`${venueDate(server, -1)}T00:00:00Z`) } });
    const res = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { version: 1, partySize: 3 });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/can no longer be changed online/);
  });
});

describe("bookings.reschedule: POST /bookings/{id}/reschedule", () => {
  it("moves the booking, frees the old slot and keeps the duration unless given", async () => {
    const [from, to] = [venueDate(server, 12), venueDate(server, 13)];
    const booking = await book({ date: from, time: "18:00", partySize: 4, durationMinutes: 90 });
    const res = await call(server, owner, "POST", `/bookings/${booking.id}/reschedule`, { date: to, time: "20:00", version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: booking.id, date: to, time: "20:00", endTime: "21:30", durationMinutes: 90, version: 2, status: "PENDING" });
    const old = await call<{ slots: { time: string; remaining: number }[] }>(server, owner, "GET", `/bookings/availability?date=${from}`);
    expect(old.body.slots.find((s) => s.time === "18:00")?.remaining).toBe(40);
    const moved = await call<{ slots: { time: string; remaining: number }[] }>(server, owner, "GET", `/bookings/availability?date=${to}`);
    expect(moved.body.slots.find((s) => s.time === "20:30")?.remaining).toBe(36);
  });

  it("re-checks the one-active-booking-per-slot rule (409) and the venue rules (400)", async () => {
    const date = venueDate(server, 14);
    await book({ date, time: "12:00" });
    const other = await book({ date, time: "13:00" });
    const clash = await call(server, owner, "POST", `/bookings/${other.id}/reschedule`, { date, time: "12:00" });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toMatch(/already have a booking at that date and time/);
    const past = await call(server, owner, "POST", `/bookings/${other.id}/reschedule`, { date: venueDate(server, -1), time: "12:00" });
    expect(past.status).toBe(400);
    expect(past.body.issues?.[0]?.path).toBe("date");
    const late = await call(server, owner, "POST", `/bookings/${other.id}/reschedule`, { date, time: "22:00" });
    expect(late.body.issues?.[0]).toMatchObject({ path: "time", message: expect.stringMatching(/finish by closing/) });
    expect((await call(server, owner, "POST", `/bookings/${other.id}/reschedule`, { date, time: "14:00", version: 7 })).body.currentVersion).toBe(1);
    expect((await call(server, stranger, "POST", `/bookings/${other.id}/reschedule`, { date, time: "14:00" })).status).toBe(404);
  });
});

describe("bookings.cancel: POST /bookings/{id}/cancel", () => {
  it("cancels with a sanitised reason and returns the booking as CANCELLED", async () => {
    const booking = await book({ date: venueDate(server, 15), time: "12:00" });
    const res = await call(server, owner, "POST", `/bookings/${booking.id}/cancel`, { reason: " <b>Plans</b> changed " });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "CANCELLED", cancelReason: "Plans changed", version: 2 });
    expect(Date.parse(res.body.cancelledAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("frees the slot for the same customer to book again", async () => {
    const body = { date: venueDate(server, 15), time: "13:00" };
    const booking = await book(body);
    await call(server, owner, "POST", `/bookings/${booking.id}/cancel`, {});
    expect((await createBooking(server, owner, bookingBody(server, body))).status).toBe(201);
  });

  it("refuses to cancel twice (409), another customer's booking (404), and an over-long reason (400)", async () => {
    const booking = await book({ date: venueDate(server, 15), time: "14:00" });
    expect((await call(server, stranger, "POST", `/bookings/${booking.id}/cancel`, {})).status).toBe(404);
    const long = await call(server, owner, "POST", `/bookings/${booking.id}/cancel`, { reason: "x".repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.message).toBe("reason: must be at most 500 characters");
    expect((await call(server, owner, "POST", `/bookings/${booking.id}/cancel`, {})).status).toBe(200);
    const again = await call(server, owner, "POST", `/bookings/${booking.id}/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/CANCELLED booking cannot be cancelled/);
  });
});
