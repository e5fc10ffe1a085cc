import { addDays } from "@slotted/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestAccount, type TestApp } from "../../test/test-app.ts";
import { venueNow } from "./venue-clock.ts";

// The customer's own edits, moves and cancellations go to the audit log with the booking, so a
// booking's history is complete; personal data stays out of it.
let app: TestApp;
let ada: TestAccount;
let staff: TestAccount;
let day: (offset: number) => string;

beforeAll(async () => {
  app = await startTestApp();
  [ada, staff] = await Promise.all([app.account({ name: "Ada Lovelace" }), app.account({ role: "STAFF" })]);
  const today = venueNow(app.services.config.business.timezone).date;
  day = (offset) => addDays(today, offset);
});
afterAll(() => app.close());

const book = (date: string, time: string, partySize = 2) =>
  app.caller(ada).bookings.create({ date, time, partySize, durationMinutes: 120, contactPhone: "07911 123456", specialRequests: "Window seat" });
const auditFor = (bookingId: string) =>
  app.services.db.prisma.auditLog.findMany({ where: { targetType: "booking", targetId: bookingId }, orderBy: { createdAt: "asc" } });

describe("auditing a customer's changes to their booking", () => {
  it("records an edit: party size from and to, personal fields by name only", async () => {
    const booking = await book(day(2), "12:00");
    await app.caller(ada, "req-edit").bookings.update({
      id: booking.id,
      version: booking.version,
      partySize: 4,
      contactName: "Augusta King",
      contactPhone: "07911 765432",
      specialRequests: "Allergic to walnuts",
      contactEmail: booking.contactEmail, // unchanged, so not named
    });
    const audit = await auditFor(booking.id);
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: ada.user.id,
        action: "booking.updated",
        requestId: "req-edit",
        changes: { partySize: { from: 2, to: 4 }, fields: ["contactName", "contactPhone", "specialRequests"], reference: booking.reference },
      }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Augusta|765432|walnuts|Window/);
  });

  it("records a move with only what moved", async () => {
    const booking = await book(day(3), "12:00");
    await app.caller(ada).bookings.reschedule({ id: booking.id, date: day(3), time: "14:00" });
    await app.caller(ada).bookings.reschedule({ id: booking.id, date: day(4), time: "14:00", durationMinutes: 90 });
    expect((await auditFor(booking.id)).map((entry) => [entry.action, entry.actorId, entry.changes])).toEqual([
      ["booking.rescheduled", ada.user.id, { time: { from: "12:00", to: "14:00" }, reference: booking.reference }],
      [
        "booking.rescheduled",
        ada.user.id,
        { date: { from: day(3), to: day(4) }, durationMinutes: { from: 120, to: 90 }, reference: booking.reference },
      ],
    ]);
  });

  it("records a cancellation with the status change and the reason", async () => {
    const booking = await book(day(5), "12:00");
    await app.caller(ada, "req-cancel").bookings.cancel({ id: booking.id, reason: "Train cancelled" });
    const confirmed = await book(day(5), "15:00");
    await app.caller(staff).bookings.setStatus({ id: confirmed.id, status: "CONFIRMED" });
    await app.caller(ada).bookings.cancel({ id: confirmed.id });
    expect(await auditFor(booking.id)).toEqual([
      expect.objectContaining({
        actorId: ada.user.id,
        action: "booking.cancelled",
        requestId: "req-cancel",
        changes: { status: { from: "PENDING", to: "CANCELLED" }, reason: "Train cancelled", reference: booking.reference },
      }),
    ]);
    expect((await auditFor(confirmed.id)).at(-1)!.changes).toEqual({ status: { from: "CONFIRMED", to: "CANCELLED" }, reference: confirmed.reference });
  });

  it("writes no entry when the change is refused", async () => {
    const booking = await book(day(6), "12:00");
    await expect(app.caller(ada).bookings.update({ id: booking.id, version: booking.version + 1, partySize: 3 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(app.caller(ada).bookings.reschedule({ id: booking.id, date: day(6), time: "03:00" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await app.caller(ada).bookings.cancel({ id: booking.id });
    await expect(app.caller(ada).bookings.cancel({ id: booking.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await auditFor(booking.id)).map((entry) => entry.action)).toEqual(["booking.cancelled"]);
  });

  it("makes the booking's history complete, down to what it was created as", async () => {
    const booking = await book(day(7), "12:00", 3);
    await app.caller(ada).bookings.update({ id: booking.id, version: booking.version, partySize: 5 });
    await app.caller(staff).bookings.setStatus({ id: booking.id, status: "CONFIRMED" });
    await app.caller(ada).bookings.reschedule({ id: booking.id, date: day(7), time: "18:00" });
    await app.caller(ada).bookings.cancel({ id: booking.id });
    const { items } = await app.caller(staff).bookings.history({ id: booking.id });
    expect(items.map((item) => [item.action, item.actor?.id])).toEqual([
      ["booking.created", ada.user.id],
      ["booking.updated", ada.user.id],
      ["booking.status_changed", staff.user.id],
      ["booking.rescheduled", ada.user.id],
      ["booking.cancelled", ada.user.id],
    ]);
    expect(items[0]!.changes).toEqual({ status: "PENDING", partySize: 3 });
  });
});
