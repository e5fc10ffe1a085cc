import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, type BookingJson, type ErrorJson, venueDate } from "../bookings/booking-helpers.ts";

interface TableJson {
  id: string;
  name: string;
  seats: number;
  area: string | null;
  isActive: boolean;
}
type SeatedBookingJson = BookingJson & { table: { id: string; name: string; seats: number } | null };

let server: TestServer;
let staff: TestAccount;
let admin: TestAccount;
let ada: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  [staff, admin, ada] = await Promise.all([createAccount(server, { role: "STAFF" }), createAccount(server, { role: "ADMIN" }), createAccount(server)]);
});
afterAll(() => server.close());

async function addTable(body: Record<string, unknown>): Promise<TableJson> {
  const res = await call<TableJson & ErrorJson>(server, admin, "POST", "/admin/tables", body);
  expect(res.status, res.body.message).toBe(201);
  return res.body;
}

async function book(overrides: Record<string, unknown>, account?: TestAccount): Promise<BookingJson> {
  const res = await createBooking(server, account ?? (await createAccount(server)), bookingBody(server, overrides));
  expect(res.status, res.body.message).toBe(201);
  return res.body;
}

const assign = (bookingId: string, tableId: string | null, as: TestAccount = staff) =>
  call<SeatedBookingJson & ErrorJson>(server, as, "PUT", `/admin/bookings/${bookingId}/table`, { tableId });

describe("tables: GET/POST /admin/tables, PATCH /admin/tables/{id}", () => {
  it("creates, lists in area-then-numeric-name order (inactive included) and audits", async () => {
    const ten = await addTable({ name: "  Table   10 ", seats: 4, area: "Terrace" });
    expect(ten).toMatchObject({ name: "Table 10", seats: 4, area: "Terrace", isActive: true });
    await addTable({ name: "Table 2", seats: 2, area: "Terrace" });
    await addTable({ name: "Bar 1", seats: 2, area: "Bar", isActive: false });
    await addTable({ name: "Booth", seats: 6 });

    const list = await call<{ items: TableJson[] }>(server, staff, "GET", "/admin/tables");
    expect(list.status).toBe(200);
    expect(list.body.items.map((t) => t.name)).toEqual(["Bar 1", "Table 2", "Table 10", "Booth"]);
    const audit = await server.services.db.prisma.auditLog.findFirst({ where: { action: "table.created", targetId: ten.id } });
    expect(audit?.actorId).toBe(admin.user.id);
  });

  it("refuses a duplicate name whatever its case with a 409 naming it, and bad fields with 400s", async () => {
    await addTable({ name: "Window 1", seats: 2 });
    const clash = await call<ErrorJson>(server, admin, "POST", "/admin/tables", { name: "WINDOW 1", seats: 2 });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ field: "name" });
    expect(clash.body.message).toContain('"Window 1"');

    const bad = await call<ErrorJson>(server, admin, "POST", "/admin/tables", { name: " ", seats: 101, area: "x".repeat(41) });
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.map((i) => i.path).sort()).toEqual(["area", "name", "seats"]);
  });

  it("updates fields with an audit of from/to, and refuses renaming onto another table", async () => {
    const table = await addTable({ name: "Corner", seats: 2, area: "Hall" });
    const res = await call<TableJson>(server, admin, "PATCH", `/admin/tables/${table.id}`, { seats: 3, area: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ seats: 3, area: null });
    const audit = await server.services.db.prisma.auditLog.findFirst({ where: { action: "table.updated", targetId: table.id } });
    expect(audit?.changes).toMatchObject({ seats: { from: 2, to: 3 }, area: { from: "Hall", to: null } });
    const clash = await call<ErrorJson>(server, admin, "PATCH", `/admin/tables/${table.id}`, { name: "booth" });
    expect(clash.status).toBe(409);
  });

  it("lets STAFF list but not create or edit tables; customers cannot list", async () => {
    expect((await call(server, staff, "POST", "/admin/tables", { name: "Staff table", seats: 2 })).status).toBe(403);
    const table = await addTable({ name: "Admin only", seats: 2 });
    expect((await call(server, staff, "PATCH", `/admin/tables/${table.id}`, { seats: 4 })).status).toBe(403);
    expect((await call(server, ada, "GET", "/admin/tables")).status).toBe(403);
  });
});

describe("bookings.assignTable: PUT /admin/bookings/{id}/table", () => {
  it("seats a booking, shows the table on staff views, unassigns, and audits table names", async () => {
    const table = await addTable({ name: "Table 4", seats: 4 });
    const booking = await book({ date: venueDate(server, 3), time: "19:00", partySize: 3 });
    const seated = await assign(booking.id, table.id);
    expect(seated.status).toBe(200);
    expect(seated.body.table).toEqual({ id: table.id, name: "Table 4", seats: 4 });
    const sheet = await call<{ bookings: { id: string; table: unknown }[] }>(server, staff, "GET", `/admin/bookings/day-sheet?date=${venueDate(server, 3)}`);
    expect(sheet.body.bookings.find((b) => b.id === booking.id)?.table).toEqual({ id: table.id, name: "Table 4", seats: 4 });

    const freed = await assign(booking.id, null);
    expect(freed.body.table).toBeNull();
    const audits = await server.services.db.prisma.auditLog.findMany({ where: { action: "booking.table_assigned", targetId: booking.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.changes)).toMatchObject([{ table: { from: null, to: "Table 4" } }, { table: { from: "Table 4", to: null } }]);
  });

  it("refuses a table too small, an inactive table, and a cancelled booking, saying why", async () => {
    const small = await addTable({ name: "Two-top", seats: 2 });
    const closed = await addTable({ name: "Closed", seats: 8, isActive: false });
    const party = await book({ date: venueDate(server, 4), time: "19:00", partySize: 5 });
    const tooSmall = await assign(party.id, small.id);
    expect(tooSmall.status).toBe(409);
    expect(tooSmall.body.message).toBe("Table Two-top seats 2; this party is 5. Pick a table with at least 5 seats.");
    const inactive = await assign(party.id, closed.id);
    expect(inactive.status).toBe(409);
    expect(inactive.body.message).toContain("not in use");

    await call(server, staff, "POST", `/admin/bookings/${party.id}/status`, { status: "CANCELLED" });
    const big = await addTable({ name: "Big", seats: 8 });
    const cancelled = await assign(party.id, big.id);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body).toMatchObject({ currentStatus: "CANCELLED" });
    expect((await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: party.id } })).tableId).toBeNull();
  });

  it("lets exactly one of N concurrent overlapping assignments to one table win; the rest get 409", async () => {
    const table = await addTable({ name: "Contested", seats: 4 });
    const date = venueDate(server, 5);
    const times = ["19:00", "19:00", "19:30", "19:30", "20:00", "20:00"];
    const bookings = await Promise.all(times.map((time) => book({ date, time })));
    const answers = await Promise.all(bookings.map((b) => assign(b.id, table.id)));

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const loser of answers.filter((a) => a.status === 409)) expect(loser.body.message).toMatch(/^Table Contested is already taken during \d\d:\d\d–\d\d:\d\d on /);
    const held = await server.services.db.prisma.booking.count({ where: { tableId: table.id } });
    expect(held).toBe(1);
  });

  it("seats back-to-back bookings at one table concurrently", async () => {
    const table = await addTable({ name: "Turns", seats: 4 });
    const date = venueDate(server, 6);
    const bookings = await Promise.all(["12:00", "14:00", "16:00", "18:00"].map((time) => book({ date, time })));
    const answers = await Promise.all(bookings.map((b) => assign(b.id, table.id)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(await server.services.db.prisma.booking.count({ where: { tableId: table.id } })).toBe(4);
  });

  it("releases the table when the booking is rescheduled or cancelled, so another party can have it", async () => {
    const table = await addTable({ name: "Released", seats: 4 });
    const date = venueDate(server, 7);
    const owner = await createAccount(server);
    const moving = await book({ date, time: "19:00" }, owner);
    const waiting = await book({ date, time: "19:00" });
    expect((await assign(moving.id, table.id)).status).toBe(200);
    expect((await assign(waiting.id, table.id)).status).toBe(409);

    const moved = await call(server, owner, "POST", `/bookings/${moving.id}/reschedule`, { date, time: "12:00" });
    expect(moved.status).toBe(200);
    expect((await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: moving.id } })).tableId).toBeNull();
    expect((await assign(waiting.id, table.id)).status).toBe(200);

    const third = await book({ date, time: "19:30" }, owner);
    expect((await call(server, owner, "POST", `/bookings/${waiting.id}/cancel`, {})).status).toBe(404);
    await call(server, staff, "POST", `/admin/bookings/${waiting.id}/status`, { status: "CANCELLED" });
    expect((await assign(third.id, table.id)).status).toBe(200);

    const customerCancel = await call(server, owner, "POST", `/bookings/${third.id}/cancel`, {});
    expect(customerCancel.status).toBe(200);
    expect((await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: third.id } })).tableId).toBeNull();
  });

  it("lets a customer's party outgrow its table only by giving the table up, keeping it when it still fits", async () => {
    const table = await addTable({ name: "Corner three", seats: 3 });
    const owner = await createAccount(server);
    const booking = await book({ date: venueDate(server, 8), time: "13:00", partySize: 2 }, owner);
    expect((await assign(booking.id, table.id)).status).toBe(200);

    const stillFits = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { partySize: 3, version: booking.version + 1 });
    expect(stillFits.status, stillFits.body.message).toBe(200);
    expect((await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).tableId).toBe(table.id);

    const grown = await call(server, owner, "PATCH", `/bookings/${booking.id}`, { partySize: 4, version: stillFits.body.version });
    expect(grown.status, grown.body.message).toBe(200);
    expect((await server.services.db.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).tableId).toBeNull();
    const audit = await server.services.db.prisma.auditLog.findFirst({ where: { action: "booking.updated", targetId: booking.id }, orderBy: { createdAt: "desc" } });
    expect(audit?.changes).toMatchObject({ partySize: { from: 3, to: 4 }, tableReleased: true });
  });
});
