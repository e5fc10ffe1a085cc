import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { requestJson } from "../helpers/http.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { api, bookingBody, call, createBooking, venueDate } from "./booking-helpers.ts";

let server: TestServer;
let customer: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  customer = await createAccount(server, { name: "Ada Lovelace" });
});
afterAll(() => server.close());

const issuePaths = (body: { issues?: { path: string }[] }) => body.issues?.map((issue) => issue.path);

describe("bookings.create: POST /bookings", () => {
  it("books a slot: PENDING, SLT reference, E.164 phone, contact defaults from the account", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { time: "18:00", partySize: 4, specialRequests: "  <b>Window</b> seat " }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      date: venueDate(server, 1),
      time: "18:00",
      endTime: "20:00",
      durationMinutes: 120,
      partySize: 4,
      status: "PENDING",
      contactName: "Ada Lovelace",
      contactEmail: customer.user.email,
      contactPhone: "+447911123456",
      specialRequests: "Window seat",
      version: 1,
      cancelledAt: null,
    });
    expect(res.body.reference).toMatch(/^SLT-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(res.body).not.toHaveProperty("internalNotes");
    const stored = await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(stored).toMatchObject({ customerId: customer.user.id, startMinute: 18 * 60, contactPhone: "+447911123456" });
  });

  it("uses the contact details given and keeps an international number's own country code", async () => {
    const res = await createBooking(
      server,
      customer,
      bookingBody(server, { time: "12:00", contactName: " Charles  Babbage ", contactEmail: "CB@Example.COM", contactPhone: "+33 6 12 34 56 78", durationMinutes: 90 }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contactName: "Charles Babbage", contactEmail: "cb@example.com", contactPhone: "+33612345678", endTime: "13:30" });
  });

  it("requires a signed-in user", async () => {
    const res = await requestJson(api(server, "/bookings"), { method: "POST", body: bookingBody(server) });
    expect(res.status).toBe(401);
  });

  it("refuses a second active booking of the same customer at the same date and time (409)", async () => {
    const body = bookingBody(server, { date: venueDate(server, 2), time: "20:00" });
    expect((await createBooking(server, customer, body)).status).toBe(201);
    const again = await createBooking(server, customer, { ...body, partySize: 3 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("CONFLICT");
    expect(again.body.message).toMatch(/already have a booking at that date and time/);
    const count = await server.services.db.prisma.booking.count({ where: { customerId: customer.user.id, date: new Date(`${venueDate(server, 2)}T00:00:00Z`), startMinute: 20 * 60 } });
    expect(count).toBe(1);
  });

  it("lets the same customer book another time, or the same time on another day", async () => {
    expect((await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 2), time: "13:00" }))).status).toBe(201);
    expect((await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 3), time: "20:00" }))).status).toBe(201);
  });
});

describe("venue rules (400 naming the field)", () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["a past date", { dateOffset: -1 }, "date", /must not be in the past/],
    ["a date beyond BOOKING_MAX_DAYS_AHEAD", { dateOffset: 181 }, "date", /within 180 days/],
    ["a time before opening", { time: "10:30" }, "time", /between 11:00 and 23:00/],
    ["a time at closing", { time: "23:00" }, "time", /between 11:00 and 23:00/],
    ["a time off the slot grid", { time: "19:15" }, "time", /30-minute slot/],
    ["a booking that would end after closing", { time: "22:00" }, "time", /finish by closing/],
    ["a duration that is not whole slots", { durationMinutes: 45 }, "durationMinutes", /multiple of 30/],
  ];
  for (const [name, change, path, message] of cases) {
    it(`rejects ${name}`, async () => {
      const { dateOffset, ...rest } = change;
      const body = bookingBody(server, { ...rest, ...(typeof dateOffset === "number" ? { date: venueDate(server, dateOffset) } : {}) });
      const res = await createBooking(server, customer, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe("BAD_REQUEST");
      expect(issuePaths(res.body)).toEqual([path]);
      expect(res.body.issues?.[0]?.message).toMatch(message);
      expect(res.body.message).toContain(`${path}:`);
    });
  }

  it("accepts the last day of the horizon", async () => {
    expect((await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 180) }))).status).toBe(201);
  });

  it("rejects a phone number that is not valid in the venue's region", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { contactPhone: "(212) 555-0199" }));
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ path: "contactPhone", message: expect.stringMatching(/outside GB need their \+ country code/) }]);
  });

  it("reports every broken venue rule at once", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, -2), time: "09:00", contactPhone: "12345" }));
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(["date", "time", "contactPhone"]);
  });
});

describe("static rules and bad input (400, never 500)", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a malformed date", { date: "22/11/2030" }, "date"],
    ["an impossible date", { date: "2030-02-30" }, "date"],
    ["a 12-hour time", { time: "7pm" }, "time"],
    ["a time with seconds", { time: "19:00:00" }, "time"],
    ["a party of 0", { partySize: 0 }, "partySize"],
    ["a party of 51", { partySize: 51 }, "partySize"],
    ["a fractional party", { partySize: 2.5 }, "partySize"],
    ["a duration under 30", { durationMinutes: 15 }, "durationMinutes"],
    ["a duration over 480", { durationMinutes: 510 }, "durationMinutes"],
    ["a string for a number", { partySize: "4" }, "partySize"],
    ["a boolean for a number", { partySize: true }, "partySize"],
    ["an object for a number", { partySize: { value: 4 } }, "partySize"],
    ["an object for a string", { time: { hours: 19 } }, "time"],
    ["an array for a string", { date: ["2030-01-01"] }, "date"],
    ["a number for a string", { contactPhone: 7911123456 }, "contactPhone"],
    ["letters for a phone", { contactPhone: "call me maybe" }, "contactPhone"],
    ["a bad email", { contactEmail: "not-an-email" }, "contactEmail"],
    ["over-long special requests", { specialRequests: "x".repeat(501) }, "specialRequests"],
  ];
  for (const [name, change, path] of cases) {
    it(`rejects ${name}`, async () => {
      const res = await createBooking(server, customer, bookingBody(server, change));
      expect(res.status).toBe(400);
      expect(issuePaths(res.body)).toContain(path);
    });
  }

  it("names the free-text field and its limit", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { specialRequests: "y".repeat(501) }));
    expect(res.body.message).toBe("specialRequests: must be at most 500 characters");
  });

  it("rejects unknown fields, such as a client trying to set its own status", async () => {
    const res = await createBooking(server, customer, bookingBody(server, { status: "CONFIRMED" }));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/status/);
  });

  it("rejects a missing field and a body that is not an object", async () => {
    const { partySize: _dropped, ...withoutParty } = bookingBody(server);
    expect(issuePaths((await createBooking(server, customer, withoutParty)).body)).toEqual(["partySize"]);
    expect((await call(server, customer, "POST", "/bookings", [1, 2, 3])).status).toBe(400);
    expect((await call(server, customer, "POST", "/bookings", "null")).status).toBe(400);
  });
});

describe("BOOKING_AUTO_CONFIRM and the venue clock", () => {
  let venue: TestServer;
  let guest: TestAccount;
  // A fixed-offset zone where it is about noon now, so "earlier today" and "later today" are
  // both inside opening hours whenever the test runs (Etc/GMT-N is UTC+N).
  const offset = 12 - new Date().getUTCHours();
  const zone = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;

  beforeAll(async () => {
    venue = await startTestServer({
      env: { BOOKING_AUTO_CONFIRM: "true", BUSINESS_TIMEZONE: zone, BUSINESS_OPENING_TIME: "06:00", BUSINESS_CLOSING_TIME: "23:00", BUSINESS_PHONE_REGION: "US" },
    });
    guest = await createAccount(venue);
  });
  afterAll(() => venue.close());

  it("creates CONFIRMED bookings when the venue auto-confirms, reading national numbers in its region", async () => {
    const res = await createBooking(venue, guest, bookingBody(venue, { contactPhone: "(212) 555-0199" }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "CONFIRMED", contactPhone: "+12125550199" });
  });

  it("judges today in BUSINESS_TIMEZONE: a slot that already started is refused, a later one is fine", async () => {
    const today = venueDate(venue, 0);
    const started = await createBooking(venue, guest, bookingBody(venue, { date: today, time: "08:00", contactPhone: "+1 212 555 0199" }));
    expect(started.status).toBe(400);
    expect(started.body.issues).toEqual([{ path: "time", message: "has already started today" }]);
    const later = await createBooking(venue, guest, bookingBody(venue, { date: today, time: "20:00", contactPhone: "+1 212 555 0199" }));
    expect(later.status).toBe(201);
    expect(later.body.date).toBe(today);
  });
});
