import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type TestAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, call, createBooking, venueDate, type BookingJson, type PageJson } from "./booking-helpers.ts";

let server: TestServer;
let staff: TestAccount;
let admin: TestAccount;
let ada: TestAccount;
let bob: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  [staff, admin, ada, bob] = await Promise.all([
    createAccount(server, { role: "STAFF" }),
    createAccount(server, { role: "ADMIN" }),
    createAccount(server, { name: "Ada Lovelace", email: "ada@analytical.example" }),
    createAccount(server, { name: "Bob Babbage", email: "bob@difference.example" }),
  ]);
});
afterAll(() => server.close());

async function book(account: TestAccount, overrides: Record<string, unknown>): Promise<BookingJson> {
  const res = await createBooking(server, account, bookingBody(server, overrides));
  expect(res.status).toBe(201);
  return res.body;
}

const auditFor = (bookingId: string) =>
  server.services.db.prisma.auditLog.findMany({ where: { targetType: "booking", targetId: bookingId }, orderBy: { createdAt: "asc" } });

describe("staff-only procedures", () => {
  it("refuses customers (403) and anonymous callers (401)", async () => {
    const booking = await book(ada, { date: venueDate(server, 1), time: "12:00" });
    expect((await call(server, ada, "GET", "/admin/bookings")).status).toBe(403);
    expect((await call(server, ada, "GET", `/admin/bookings/${booking.id}`)).status).toBe(403);
    expect((await call(server, ada, "POST", `/admin/bookings/${booking.id}/status`, { status: "CONFIRMED" })).status).toBe(403);
    expect((await call(server, ada, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: "x", version: 1 })).status).toBe(403);
    expect((await call(server, undefined, "GET", "/admin/bookings")).status).toBe(401);
  });
});

describe("bookings.adminList: GET /admin/bookings", () => {
  let made: BookingJson[];
  beforeAll(async () => {
    made = [
      await book(ada, { date: venueDate(server, 20), time: "12:00", partySize: 2 }),
      await book(bob, { date: venueDate(server, 21), time: "12:00", partySize: 6 }),
      await book(ada, { date: venueDate(server, 22), time: "19:00", partySize: 4, contactName: "Augusta King" }),
    ];
  });
  const range = () => `from=${venueDate(server, 20)}&to=${venueDate(server, 22)}`;

  it("lists every customer's bookings with the customer and internal notes, with an accurate total", async () => {
    const res = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${range()}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((b) => b.id)).toEqual(made.map((b) => b.id));
    expect(res.body.items[1]).toMatchObject({ customer: { id: bob.user.id, name: "Bob Babbage", email: "bob@difference.example" }, internalNotes: null });
  });

  it("searches reference, contact name and email, case-insensitively", async () => {
    const search = async (q: string) =>
      (await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${range()}&search=${encodeURIComponent(q)}`)).body.items.map((b) => b.id);
    expect(await search(made[1]!.reference.toLowerCase())).toEqual([made[1]!.id]);
    expect(await search("augusta")).toEqual([made[2]!.id]);
    expect(await search("DIFFERENCE.example")).toEqual([made[1]!.id]);
    expect(await search("nobody-matches")).toEqual([]);
  });

  it("filters by status and customer, sorts, and pages", async () => {
    const byCustomer = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${range()}&customerId=${ada.user.id}`);
    expect(byCustomer.body.total).toBe(2);
    const bySize = await call<PageJson<BookingJson>>(server, admin, "GET", `/admin/bookings?${range()}&sort=partySize&order=desc&perPage=2`);
    expect(bySize.body.items.map((b) => b.partySize)).toEqual([6, 4]);
    expect(bySize.body).toMatchObject({ total: 3, totalPages: 2, hasNext: true });
    const newest = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${range()}&sort=createdAt&order=desc`);
    expect(newest.body.items[0]?.id).toBe(made[2]!.id);
    await call(server, staff, "POST", `/admin/bookings/${made[0]!.id}/status`, { status: "CONFIRMED" });
    const confirmed = await call<PageJson<BookingJson>>(server, staff, "GET", `/admin/bookings?${range()}&status=CONFIRMED`);
    expect(confirmed.body.items.map((b) => b.id)).toEqual([made[0]!.id]);
  });

  it("rejects unknown sorts and parameters with 400", async () => {
    expect((await call(server, staff, "GET", "/admin/bookings?sort=password")).status).toBe(400);
    expect((await call(server, staff, "GET", "/admin/bookings?role=ADMIN")).status).toBe(400);
    expect((await call(server, staff, "GET", "/admin/bookings?customerId=42")).status).toBe(400);
  });
});

describe("bookings.setStatus: POST /admin/bookings/{id}/status", () => {
  it("walks PENDING→CONFIRMED→SEATED→COMPLETED, bumping the version and auditing each step", async () => {
    const booking = await book(ada, { date: venueDate(server, 2), time: "12:00" });
    let version = 1;
    for (const status of ["CONFIRMED", "SEATED", "COMPLETED"]) {
      const res = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status, version, note: `to ${status}` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status, version: version + 1 });
      version += 1;
    }
    const audit = await auditFor(booking.id);
    expect(audit.map((entry) => entry.changes)).toEqual([
      { status: { from: "PENDING", to: "CONFIRMED" }, note: "to CONFIRMED", reference: booking.reference },
      { status: { from: "CONFIRMED", to: "SEATED" }, note: "to SEATED", reference: booking.reference },
      { status: { from: "SEATED", to: "COMPLETED" }, note: "to COMPLETED", reference: booking.reference },
    ]);
    expect(audit.every((entry) => entry.actorId === staff.user.id && entry.action === "booking.status_changed" && entry.requestId)).toBe(true);
  });

  it("refuses an illegal transition with 409 listing the allowed ones, and writes nothing", async () => {
    const booking = await book(ada, { date: venueDate(server, 2), time: "13:00" });
    const res = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "SEATED" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "CONFLICT", currentStatus: "PENDING", allowed: ["CONFIRMED", "CANCELLED"] });
    expect(res.body.message).toMatch(/allowed: CONFIRMED, CANCELLED/);
    expect(await auditFor(booking.id)).toEqual([]);
    expect((await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "PENDING" })).status).toBe(409);
  });

  it("treats final statuses as final", async () => {
    const booking = await book(ada, { date: venueDate(server, 2), time: "14:00" });
    await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CONFIRMED" });
    expect((await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "NO_SHOW" })).body.status).toBe("NO_SHOW");
    const revive = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CONFIRMED" });
    expect(revive.status).toBe(409);
    expect(revive.body).toMatchObject({ allowed: [] });
  });

  it("cancels on the customer's behalf with the note as the reason, freeing the slot, audited", async () => {
    const booking = await book(bob, { date: venueDate(server, 2), time: "15:00" });
    const res = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CANCELLED", note: "Phoned to cancel" });
    expect(res.body).toMatchObject({ status: "CANCELLED", cancelReason: "Phoned to cancel" });
    expect(res.body.cancelledAt).not.toBeNull();
    expect((await auditFor(booking.id)).map((entry) => entry.action)).toEqual(["booking.cancelled"]);
    expect((await createBooking(server, bob, bookingBody(server, { date: venueDate(server, 2), time: "15:00" }))).status).toBe(201);
  });

  it("guards with the version when one is sent, 404s unknown bookings and 400s unknown statuses", async () => {
    const booking = await book(ada, { date: venueDate(server, 2), time: "16:00" });
    const stale = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "CONFIRMED", version: 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(1);
    expect((await call(server, staff, "POST", "/admin/bookings/0b7f3c3e-8a8f-4d55-9a59-55d1d8b1a1a1/status", { status: "CONFIRMED" })).status).toBe(404);
    const unknown = await call(server, staff, "POST", `/admin/bookings/${booking.id}/status`, { status: "LOST" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues?.[0]?.path).toBe("status");
  });
});

describe("internal notes", () => {
  it("staff set and clear notes with the version; customers never see them", async () => {
    const booking = await book(ada, { date: venueDate(server, 3), time: "12:00" });
    const set = await call(server, staff, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: " VIP <script>x</script>guest ", version: 1 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ internalNotes: "VIP xguest", version: 2 });
    expect((await call(server, staff, "GET", `/admin/bookings/${booking.id}`)).body.internalNotes).toBe("VIP xguest");

    for (const path of [`/bookings/${booking.id}`, "/bookings"]) {
      const res = await call(server, ada, "GET", path);
      expect(JSON.stringify(res.body)).not.toMatch(/internalNotes|VIP/);
    }
    const afterCustomerEdit = await call(server, ada, "PATCH", `/bookings/${booking.id}`, { version: 2, partySize: 3 });
    expect(JSON.stringify(afterCustomerEdit.body)).not.toMatch(/internalNotes|VIP/);

    const stale = await call(server, staff, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: "lost write", version: 2 });
    expect(stale.status).toBe(409);
    const cleared = await call(server, admin, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: null, version: 3 });
    expect(cleared.body.internalNotes).toBeNull();
    const audit = await auditFor(booking.id);
    // The customer's own edit in between is audited too (booking.updated).
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["booking.internal_notes_changed", staff.user.id],
      ["booking.updated", ada.user.id],
      ["booking.internal_notes_changed", admin.user.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain("VIP");
  });

  it("names the field when notes are too long and requires the version", async () => {
    const booking = await book(ada, { date: venueDate(server, 3), time: "13:00" });
    const long = await call(server, staff, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: "n".repeat(2001), version: 1 });
    expect(long.status).toBe(400);
    expect(long.body.message).toBe("internalNotes: must be at most 2000 characters");
    expect((await call(server, staff, "PUT", `/admin/bookings/${booking.id}/notes`, { internalNotes: "ok" })).body.issues?.[0]?.path).toBe("version");
  });
});
