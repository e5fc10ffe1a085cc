import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { activeCoversInDatabase, bookingBody, call, createBooking, customers, venueDate } from "./booking-helpers.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BOOKING_SLOT_CAPACITY: "10" } });
});
afterAll(() => server.close());

describe("capacity: the covers overlapping any moment never exceed BOOKING_SLOT_CAPACITY", () => {
  it("lets exactly 10 of 30 concurrent single-cover creates into one slot; the rest get 409, none a 5xx", async () => {
    const date = venueDate(server, 5);
    const people = await customers(server, 30);
    const results = await Promise.all(people.map((person) => createBooking(server, person, bookingBody(server, { date, time: "19:00", partySize: 1 }))));
    const statuses = results.map((res) => res.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(20);
    for (const res of results.filter((r) => r.status === 409)) expect(res.body).toMatchObject({ code: "CONFLICT", remaining: 0 });
    expect(await activeCoversInDatabase(server, date, 19 * 60)).toBe(10);
  });

  it("counts overlapping bookings, not only those starting at the same time, and reports what remains", async () => {
    const date = venueDate(server, 6);
    const [a, b, c, d] = await customers(server, 4);
    expect((await createBooking(server, a!, bookingBody(server, { date, time: "19:00", partySize: 6 }))).status).toBe(201);
    // 20:00-22:00 overlaps 19:00-21:00: only 4 places left at 20:00.
    const tooMany = await createBooking(server, b!, bookingBody(server, { date, time: "20:00", partySize: 5 }));
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ code: "CONFLICT", remaining: 4 });
    expect(tooMany.body.message).toMatch(/Only 4 places are left/);
    // Starting at 18:00 (to 20:00) also overlaps the 19:00 party.
    expect((await createBooking(server, c!, bookingBody(server, { date, time: "18:00", partySize: 5 }))).body.remaining).toBe(4);
    // 21:00 starts as the 19:00 party leaves: the whole capacity is free again.
    expect((await createBooking(server, d!, bookingBody(server, { date, time: "21:00", partySize: 2, durationMinutes: 120 }))).status).toBe(201);
    expect((await createBooking(server, b!, bookingBody(server, { date, time: "20:00", partySize: 4 }))).status).toBe(201);
  });

  it("frees the place when a booking is cancelled", async () => {
    const date = venueDate(server, 7);
    const [a, b] = await customers(server, 2);
    const full = await createBooking(server, a!, bookingBody(server, { date, time: "13:00", partySize: 10 }));
    expect((await createBooking(server, b!, bookingBody(server, { date, time: "13:00", partySize: 1 }))).status).toBe(409);
    expect((await call(server, a, "POST", `/bookings/${full.body.id}/cancel`, {})).status).toBe(200);
    expect((await createBooking(server, b!, bookingBody(server, { date, time: "13:00", partySize: 1 }))).status).toBe(201);
  });

  it("re-checks capacity when a party grows, without counting the booking against itself", async () => {
    const date = venueDate(server, 8);
    const [a, b] = await customers(server, 2);
    const mine = await createBooking(server, a!, bookingBody(server, { date, time: "12:00", partySize: 4 }));
    await createBooking(server, b!, bookingBody(server, { date, time: "12:00", partySize: 3 }));
    const grow = (partySize: number, version: number) => call(server, a, "PATCH", `/bookings/${mine.body.id}`, { version, partySize });
    const tooBig = await grow(8, 1);
    expect(tooBig.status).toBe(409);
    expect(tooBig.body.remaining).toBe(7);
    const fits = await grow(7, 1);
    expect(fits.status).toBe(200);
    expect(fits.body).toMatchObject({ partySize: 7, version: 2 });
    expect(await activeCoversInDatabase(server, date, 12 * 60)).toBe(10);
  });
});

describe("concurrent writers", () => {
  it("lets only one of two concurrent reschedules take the last place", async () => {
    const date = venueDate(server, 10);
    const [holder, first, second] = await customers(server, 3);
    await createBooking(server, holder!, bookingBody(server, { date, time: "20:00", partySize: 9 }));
    const a = await createBooking(server, first!, bookingBody(server, { date, time: "12:00", partySize: 1 }));
    const b = await createBooking(server, second!, bookingBody(server, { date, time: "12:00", partySize: 1 }));
    const [ra, rb] = await Promise.all([
      call(server, first, "POST", `/bookings/${a.body.id}/reschedule`, { date, time: "20:00" }),
      call(server, second, "POST", `/bookings/${b.body.id}/reschedule`, { date, time: "20:00" }),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const loser = ra.status === 409 ? ra : rb;
    expect(loser.body).toMatchObject({ code: "CONFLICT", remaining: 0 });
    expect(await activeCoversInDatabase(server, date, 20 * 60)).toBe(10);
    // The loser still holds its original place.
    expect(await activeCoversInDatabase(server, date, 12 * 60)).toBe(1);
  });

  it("does not deadlock when two reschedules cross the same two dates in opposite directions", async () => {
    const [dayOne, dayTwo] = [venueDate(server, 11), venueDate(server, 12)];
    const [a, b] = await customers(server, 2);
    const one = await createBooking(server, a!, bookingBody(server, { date: dayOne, time: "18:00" }));
    const two = await createBooking(server, b!, bookingBody(server, { date: dayTwo, time: "18:00" }));
    const results = await Promise.all([
      call(server, a, "POST", `/bookings/${one.body.id}/reschedule`, { date: dayTwo, time: "19:00" }),
      call(server, b, "POST", `/bookings/${two.body.id}/reschedule`, { date: dayOne, time: "19:00" }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.map((r) => r.body.date)).toEqual([dayTwo, dayOne]);
  });

  it("turns concurrent edits from the same loaded version into one success and 409s, never a lost write", async () => {
    const owner = await createAccount(server);
    const booking = await createBooking(server, owner, bookingBody(server, { date: venueDate(server, 13), time: "14:00" }));
    const requests = ["A", "B", "C", "D"].map((tag) =>
      call(server, owner, "PATCH", `/bookings/${booking.body.id}`, { version: 1, specialRequests: `Request ${tag}` }),
    );
    const results = await Promise.all(requests);
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.status !== 200)) {
      expect(loser.status).toBe(409);
      expect(loser.body).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    }
    const stored = await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: booking.body.id } });
    expect(stored).toMatchObject({ version: 2, specialRequests: winners[0]?.body.specialRequests });
  });
});
