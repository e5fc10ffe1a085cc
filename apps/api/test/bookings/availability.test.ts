import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate } from "./booking-helpers.ts";

interface AvailabilityJson {
  date: string;
  slotMinutes: number;
  capacity: number;
  slots: { time: string; remaining: number }[];
}

let server: TestServer;
let customer: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ env: { BOOKING_SLOT_CAPACITY: "20", BUSINESS_OPENING_TIME: "12:00", BUSINESS_CLOSING_TIME: "15:00" } });
  [customer, staff] = await Promise.all([createAccount(server), createAccount(server, { role: "STAFF" })]);
});
afterAll(() => server.close());

const availability = (date: string) => call<AvailabilityJson>(server, customer, "GET", `/bookings/availability?date=${date}`);
const remainingAt = (body: AvailabilityJson) => Object.fromEntries(body.slots.map((slot) => [slot.time, slot.remaining]));

describe("bookings.availability: GET /bookings/availability?date=", () => {
  it("lists every slot from opening to the last start with the full capacity on an empty day", async () => {
    const date = venueDate(server, 1);
    const res = await availability(date);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      date,
      slotMinutes: 30,
      capacity: 20,
      slots: ["12:00", "12:30", "13:00", "13:30", "14:00", "14:30"].map((time) => ({ time, remaining: 20 })),
    });
  });

  it("is not captured by /bookings/{id} (the route is matched before it)", async () => {
    const res = await call<Record<string, unknown>>(server, customer, "GET", `/bookings/availability?date=${venueDate(server, 1)}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveProperty("slots");
    const venue = await call<Record<string, unknown>>(server, undefined, "GET", "/bookings/venue");
    expect(venue.status).toBe(200);
  });

  it("subtracts every active booking overlapping a slot, and refreshes at once after each write on the date", async () => {
    const date = venueDate(server, 2);
    expect(remainingAt((await availability(date)).body)["12:30"]).toBe(20); // now cached
    const booking = await createBooking(server, customer, bookingBody(server, { date, time: "12:00", partySize: 5, durationMinutes: 90, contactPhone: "07911 123456" }));
    expect(remainingAt((await availability(date)).body)).toEqual({ "12:00": 15, "12:30": 15, "13:00": 15, "13:30": 20, "14:00": 20, "14:30": 20 });

    await call(server, customer, "PATCH", `/bookings/${booking.body.id}`, { version: 1, partySize: 8 });
    expect(remainingAt((await availability(date)).body)["12:00"]).toBe(12);

    await call(server, staff, "POST", `/admin/bookings/${booking.body.id}/status`, { status: "CONFIRMED" });
    await call(server, staff, "POST", `/admin/bookings/${booking.body.id}/status`, { status: "SEATED" });
    expect(remainingAt((await availability(date)).body)["12:00"]).toBe(12);
    await call(server, staff, "POST", `/admin/bookings/${booking.body.id}/status`, { status: "COMPLETED" });
    expect(remainingAt((await availability(date)).body)["12:00"]).toBe(20);
  });

  it("refreshes both dates after a reschedule", async () => {
    const [from, to] = [venueDate(server, 3), venueDate(server, 4)];
    const booking = await createBooking(server, customer, bookingBody(server, { date: from, time: "13:00", partySize: 3, durationMinutes: 60 }));
    expect(remainingAt((await availability(from)).body)["13:00"]).toBe(17);
    expect(remainingAt((await availability(to)).body)["14:00"]).toBe(20);
    await call(server, customer, "POST", `/bookings/${booking.body.id}/reschedule`, { date: to, time: "14:00" });
    expect(remainingAt((await availability(from)).body)["13:00"]).toBe(20);
    expect(remainingAt((await availability(to)).body)["14:00"]).toBe(17);
  });

  it("caches answers under availability:<date>", async () => {
    const date = venueDate(server, 5);
    await availability(date);
    expect(await server.services.kv.get(`availability:${date}`)).toContain('"slots"');
    await createBooking(server, customer, bookingBody(server, { date, time: "12:00", durationMinutes: 60 }));
    expect(await server.services.kv.get(`availability:${date}`)).toBeNull();
  });

  it("rejects a missing, malformed, past or too distant date with 400, and anonymous callers with 401", async () => {
    expect((await call(server, customer, "GET", "/bookings/availability")).status).toBe(400);
    expect((await availability("next-friday")).status).toBe(400);
    const past = await availability(venueDate(server, -1));
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ issues: [{ path: "date", message: "must not be in the past" }] });
    expect((await availability(venueDate(server, 181))).status).toBe(400);
    expect((await call(server, undefined, "GET", `/bookings/availability?date=${venueDate(server, 1)}`)).status).toBe(401);
  });
});

describe("bookings.venue: GET /bookings/venue", () => {
  it("publishes the rules the server applies, without signing in", async () => {
    const res = await call<Record<string, unknown>>(server, undefined, "GET", "/bookings/venue");
    expect(res.body).toEqual({
      timezone: "UTC",
      openingTime: "12:00",
      closingTime: "15:00",
      slotMinutes: 30,
      slotCapacity: 20,
      maxDaysAhead: 180,
      phoneRegion: "GB",
      partySize: { min: 1, max: 50 },
      durationMinutes: { min: 30, max: 480, default: 120 },
      cancelCutoffMinutes: 120,
      today: venueDate(server, 0),
    });
  });
});
