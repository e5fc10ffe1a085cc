// DATABASE_READ_URL: staff lists and statistics read the replica; writes, sign-in and the
// customer's own reads stay on the primary. The "replica" here is a second migrated database
// holding rows the primary lacks, so every answer shows which database it came from.
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookingBody, call, createBooking, venueDate, type BookingJson, type PageJson } from "../bookings/booking-helpers.ts";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import type { TestServer } from "../helpers/test-server.ts";
import { startAppServer } from "./app-server.ts";

const markerEmail = "only-on-the-replica@example.test";
const markerReference = "SLT-RRRRRR";
const markerAction = "replica.marker";

async function insertMarkers(replica: TestDatabase): Promise<void> {
  const { prisma } = replica.database;
  const customer = await prisma.user.create({ data: { email: markerEmail, name: "Replica Marker", passwordHash: "not-a-real-hash" } });
  await prisma.booking.create({
    data: {
      reference: markerReference,
      customerId: customer.id,
      date: new Date("2030-01-15T00:00:00Z"),
      startMinute: 19 * 60,
      durationMinutes: 120,
      partySize: 2,
      contactName: "Replica Marker",
      contactEmail: markerEmail,
      contactPhone: "+447911123456",
    },
  });
  await prisma.auditLog.create({ data: { action: markerAction, targetType: "user", targetId: customer.id } });
}

// A replica is a second PostgreSQL database; embedded PGlite is one in-process database, and
// DATABASE_READ_URL is ignored there (the reader is the primary's client: see packages/db).
describe.runIf(Boolean(process.env.DATABASE_URL))("with DATABASE_READ_URL set", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let server: TestServer;
  let admin: TestAccount;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await insertMarkers(replica);
    const app = await startAppServer({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url });
    server = { ...app, testDatabase: primary, close: () => app.running.shutdown() };
    // Created on the primary only: that it can sign in at all shows sessions are looked up there.
    admin = await createAccount(server, { role: "ADMIN" });
  });
  afterAll(async () => {
    await server.close();
    await Promise.all([primary.dispose(), replica.dispose()]);
  });

  it("lists users from the replica", async () => {
    const res = await call<PageJson<{ email: string }>>(server, admin, "GET", "/admin/users?perPage=100");
    expect(res.status).toBe(200);
    const emails = res.body.items.map((user) => user.email);
    expect(emails).toContain(markerEmail);
    expect(emails).not.toContain(admin.user.email);
  });

  it("computes the dashboard statistics on the replica", async () => {
    const res = await call<{ users: { byRole: Record<string, number> } }>(server, admin, "GET", "/admin/stats");
    expect(res.status).toBe(200);
    // The replica holds one customer (the marker); the primary one admin (the caller).
    expect(res.body.users.byRole).toEqual({ CUSTOMER: 1, STAFF: 0, ADMIN: 0 });
  });

  it("reads the audit log from the replica", async () => {
    const res = await call<PageJson<{ action: string }>>(server, admin, "GET", "/admin/audit");
    expect(res.status).toBe(200);
    expect(res.body.items.map((entry) => entry.action)).toContain(markerAction);
  });

  it("writes a booking to the primary, and the customer's own reads see it at once; the staff list reads the replica", async () => {
    const customer = await createAccount(server);
    const created = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 3) }));
    expect(created.status).toBe(201);
    expect(await primary.database.prisma.booking.count({ where: { id: created.body.id } })).toBe(1);
    expect(await replica.database.prisma.booking.count({ where: { id: created.body.id } })).toBe(0);

    const own = await call<PageJson<BookingJson>>(server, customer, "GET", "/bookings");
    expect(own.status).toBe(200);
    expect(own.body.items.map((booking) => booking.id)).toEqual([created.body.id]);
    expect((await call(server, customer, "GET", `/bookings/${created.body.id}`)).status).toBe(200);

    const staffList = await call<PageJson<BookingJson>>(server, admin, "GET", "/admin/bookings");
    expect(staffList.status).toBe(200);
    expect(staffList.body.items.map((booking) => booking.reference)).toEqual([markerReference]);
  });
});
