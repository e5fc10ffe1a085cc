import { randomInt } from "node:crypto";
import type { BookingStatus } from "@slotted/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate } from "./booking-helpers.ts";

interface StatsJson {
  bookings: { today: number; upcoming: number; byStatus: Record<BookingStatus, number>; coversToday: number };
}

let server: TestServer;
let staff: TestAccount;
let customer: TestAccount;

const reference = () => `SLT-${Array.from({ length: 6 }, () => "23456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(randomInt(30))).join("")}`;

/** Rows written straight to the database, so "today" and the past need no waiting. */
async function insert(offsetDays: number, startMinute: number, partySize: number, status: BookingStatus): Promise<void> {
  await server.services.db.prisma.booking.create({
    data: {
      reference: reference(),
      customerId: customer.user.id,
      date: new Date(`${venueDate(server, offsetDays)}T00:00:00Z`),
      startMinute,
      durationMinutes: 60,
      partySize,
      status,
      contactName: "Stats Guest",
      contactEmail: "guest@example.test",
      contactPhone: "+447911123456",
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  [staff, customer] = await Promise.all([createAccount(server, { role: "STAFF" }), createAccount(server)]);
  await insert(0, 0, 4, "CONFIRMED"); // today, already started
  await insert(0, 60, 3, "SEATED");
  await insert(0, 120, 5, "CANCELLED");
  await insert(0, 180, 2, "NO_SHOW");
  await insert(-1, 720, 6, "COMPLETED");
  await insert(3, 720, 2, "PENDING");
  await insert(4, 720, 1, "CONFIRMED");
  await insert(5, 720, 8, "CANCELLED");
  await insert(40, 720, 2, "CONFIRMED"); // always a later month: counted from the month counters
});
afterAll(() => server.close());

describe("users.stats: the bookings section of GET /admin/stats", () => {
  it("counts today's bookings, upcoming ones, every status and today's covers", async () => {
    const res = await call<StatsJson>(server, staff, "GET", "/admin/stats");
    expect(res.status).toBe(200);
    expect(res.body.bookings).toEqual({
      today: 3,
      upcoming: 3,
      byStatus: { PENDING: 1, CONFIRMED: 3, SEATED: 1, COMPLETED: 1, CANCELLED: 2, NO_SHOW: 1 },
      coversToday: 7,
    });
  });

  it("is refreshed by booking writes, like the account numbers", async () => {
    await call<StatsJson>(server, staff, "GET", "/admin/stats"); // cached now
    const created = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 2) }));
    const afterCreate = (await call<StatsJson>(server, staff, "GET", "/admin/stats")).body.bookings;
    expect(afterCreate.upcoming).toBe(4);
    expect(afterCreate.byStatus.PENDING).toBe(2);

    await call(server, customer, "POST", `/bookings/${created.body.id}/cancel`, {});
    const afterCancel = (await call<StatsJson>(server, staff, "GET", "/admin/stats")).body.bookings;
    expect(afterCancel.upcoming).toBe(3);
    expect(afterCancel.byStatus.CANCELLED).toBe(3);
  });
});
