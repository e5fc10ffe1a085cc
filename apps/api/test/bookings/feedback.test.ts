import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate, type BookingJson, type ErrorJson } from "./booking-helpers.ts";

interface RatedBookingJson extends BookingJson {
  feedback: { rating: number; comment: string | null; createdAt: string } | null;
  ratingOpenUntil: string | null;
}

let server: TestServer;
let customer: TestAccount;
let stranger: TestAccount;
let staff: TestAccount;
let slot = 0;

beforeAll(async () => {
  server = await startTestServer();
  [customer, stranger, staff] = await Promise.all([createAccount(server), createAccount(server), createAccount(server, { role: "STAFF" })]);
});
afterAll(() => server.close());

/** A booking of `account`'s, moved straight in the database to `status` on a day `daysAgo` in the past. */
async function pastBooking(status: "COMPLETED" | "CANCELLED" | "NO_SHOW", daysAgo: number, account: TestAccount = customer): Promise<BookingJson> {
  slot += 1;
  const time = `${String(11 + (slot % 10)).padStart(2, "0")}:00`;
  const res = await createBooking(server, account, bookingBody(server, { date: venueDate(server, 1 + Math.floor(slot / 10)), time }));
  expect(res.status).toBe(201);
  await server.services.db.prisma.booking.update({
    where: { id: res.body.id },
    data: { status, date: new Date(`${venueDate(server, -daysAgo)}T00:00:00Z`), ...(status === "CANCELLED" ? { cancelledAt: new Date() } : {}) },
  });
  return res.body;
}

const rate = (account: TestAccount, id: string, body: unknown) => call<RatedBookingJson & ErrorJson>(server, account, "POST", `/bookings/${id}/rating`, body);

describe("bookings.rate: POST /bookings/{id}/rating", () => {
  it("shows a completed visit as open for rating until 14 days after its date, then keeps the rating once given", async () => {
    const booking = await pastBooking("COMPLETED", 2);
    const before = await call<RatedBookingJson>(server, customer, "GET", `/bookings/${booking.id}`);
    expect(before.body).toMatchObject({ feedback: null, ratingOpenUntil: venueDate(server, 12) });

    const res = await rate(customer, booking.id, { rating: 4, comment: "  Lovely <b>risotto</b>, slow dessert " });
    expect(res.status).toBe(201);
    expect(res.body.feedback).toMatchObject({ rating: 4, comment: "Lovely risotto, slow dessert" });
    expect(res.body.ratingOpenUntil).toBeNull();

    const after = await call<RatedBookingJson>(server, customer, "GET", `/bookings/${booking.id}`);
    expect(after.body.feedback).toMatchObject({ rating: 4, comment: "Lovely risotto, slow dessert" });
    const audit = await server.services.db.prisma.auditLog.findFirstOrThrow({ where: { targetId: booking.id, action: "booking.rated" } });
    expect(audit.actorId).toBe(customer.user.id);
    expect(audit.changes).toMatchObject({ rating: 4, withComment: true });
    expect(JSON.stringify(audit.changes)).not.toContain("risotto");

    const staffView = await call<RatedBookingJson>(server, staff, "GET", `/admin/bookings/${booking.id}`);
    expect(staffView.status).toBe(200);
    expect(staffView.body.feedback).toMatchObject({ rating: 4, comment: "Lovely risotto, slow dessert" });
  });

  it("takes a rating once: a second try is 409", async () => {
    const booking = await pastBooking("COMPLETED", 1);
    expect((await rate(customer, booking.id, { rating: 5 })).status).toBe(201);
    const again = await rate(customer, booking.id, { rating: 1, comment: "Changed my mind" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "CONFLICT", message: "You already rated this visit" });
    const stored = await server.services.db.prisma.bookingFeedback.findUniqueOrThrow({ where: { bookingId: booking.id } });
    expect(stored).toMatchObject({ rating: 5, comment: null });
  });

  it("lets exactly one of two concurrent ratings through", async () => {
    const booking = await pastBooking("COMPLETED", 1);
    const results = await Promise.all([rate(customer, booking.id, { rating: 2 }), rate(customer, booking.id, { rating: 3 })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.message).toBe("You already rated this visit");
    expect(await server.services.db.prisma.bookingFeedback.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it("rates only your own bookings (404 for anyone else's)", async () => {
    const booking = await pastBooking("COMPLETED", 1);
    const res = await rate(stranger, booking.id, { rating: 1 });
    expect(res.status).toBe(404);
    expect(await server.services.db.prisma.bookingFeedback.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("rates only completed visits (409 naming the status)", async () => {
    for (const status of ["CANCELLED", "NO_SHOW"] as const) {
      const booking = await pastBooking(status, 1);
      const res = await rate(customer, booking.id, { rating: 3 });
      expect(res.status, status).toBe(409);
      expect(res.body).toMatchObject({ currentStatus: status });
      expect(res.body.message).toContain("Only a completed visit can be rated");
    }
    const upcoming = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 3), time: "18:00" }));
    expect((await rate(customer, upcoming.body.id, { rating: 3 })).status).toBe(409);
  });

  it("accepts whole stars 1 to 5 and comments up to 1000 characters only", async () => {
    const booking = await pastBooking("COMPLETED", 1);
    for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 3.5 }, { rating: "5" }, {}, { rating: 3, comment: "x".repeat(1001) }]) {
      const res = await rate(customer, booking.id, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    expect((await rate(customer, booking.id, { rating: 1, comment: "y".repeat(1000) })).status).toBe(201);
  });

  it("closes 14 days after the visit's date with a 403 that says until when it was open", async () => {
    const lastDay = await pastBooking("COMPLETED", 14);
    expect((await rate(customer, lastDay.id, { rating: 3 })).status).toBe(201);
    const late = await pastBooking("COMPLETED", 15);
    const view = await call<RatedBookingJson>(server, customer, "GET", `/bookings/${late.id}`);
    expect(view.body.ratingOpenUntil).toBe(venueDate(server, -1));
    const res = await rate(customer, late.id, { rating: 3 });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/^Visits can be rated for 14 days; this one could be rated until \w+ \d+ \w+ \d{4}$/);
  });
});

describe("the dashboard's ratings", () => {
  it("averages the ratings of the last 30 days and counts them", async () => {
    const own = await startTestServer();
    try {
      const staffHere = await createAccount(own, { role: "STAFF" });
      const guest = await createAccount(own);
      const stats = () => call<{ feedback: { averageRating: number | null; count: number; days: number } }>(own, staffHere, "GET", "/admin/stats");
      expect((await stats()).body.feedback).toEqual({ averageRating: null, count: 0, days: 30 });

      const ids: string[] = [];
      for (const time of ["12:00", "13:00", "14:00", "15:00"]) {
        const res = await createBooking(own, guest, bookingBody(own, { time }));
        await own.services.db.prisma.booking.update({ where: { id: res.body.id }, data: { status: "COMPLETED", date: new Date(`${venueDate(own, -1)}T00:00:00Z`) } });
        ids.push(res.body.id);
      }
      for (const [index, rating] of [5, 4, 4].entries()) {
        expect((await call(own, guest, "POST", `/bookings/${ids[index]!}/rating`, { rating })).status).toBe(201);
      }
      // A rating given 40 days ago is outside the window.
      await own.services.db.prisma.bookingFeedback.create({
        data: { bookingId: ids[3]!, customerId: guest.user.id, rating: 1, createdAt: new Date(Date.now() - 40 * 86_400_000) },
      });
      expect((await stats()).body.feedback).toEqual({ averageRating: 4.3, count: 3, days: 30 });
    } finally {
      await own.close();
    }
  });
});
