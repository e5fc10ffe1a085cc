import { addDays, maxBookingHistoryEntries } from "@slotted/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestAccount, type TestApp } from "../../../test/test-app.ts";
import { venueNow } from "../../bookings/venue-clock.ts";

let app: TestApp;
let ada: TestAccount;
let staff: TestAccount;
let tomorrow: string;

beforeAll(async () => {
  app = await startTestApp();
  [ada, staff] = await Promise.all([app.account({ name: "Ada Lovelace" }), app.account({ role: "STAFF", name: "Sam Staff" })]);
  tomorrow = addDays(venueNow(app.services.config.business.timezone).date, 1);
});
afterAll(() => app.close());

const book = (time: string, partySize = 2) =>
  app.caller(ada).bookings.create({ date: tomorrow, time, partySize, durationMinutes: 120, contactPhone: "07911 123456" });

describe("bookings.history", () => {
  it("starts with the creation by the customer, then the audit entries oldest first, with actor and request ID", async () => {
    const booking = await book("12:00", 3);
    await app.caller(staff, "req-confirm").bookings.setStatus({ id: booking.id, status: "CONFIRMED", note: "Called back" });
    await app.caller(staff, "req-seat").bookings.setStatus({ id: booking.id, status: "SEATED" });

    const { items } = await app.caller(staff).bookings.history({ id: booking.id });
    expect(items).toEqual([
      {
        id: "created",
        action: "booking.created",
        at: booking.createdAt,
        actor: { id: ada.user.id, name: "Ada Lovelace", email: ada.user.email },
        changes: { status: "PENDING", partySize: 3 },
        requestId: null,
      },
      {
        id: expect.any(String),
        action: "booking.status_changed",
        at: expect.any(Date),
        actor: { id: staff.user.id, name: "Sam Staff", email: staff.user.email },
        changes: { status: { from: "PENDING", to: "CONFIRMED" }, note: "Called back", reference: booking.reference },
        requestId: "req-confirm",
      },
      expect.objectContaining({ action: "booking.status_changed", requestId: "req-seat", changes: expect.objectContaining({ status: { from: "CONFIRMED", to: "SEATED" } }) }),
    ]);
    expect(items[1]!.at.getTime()).toBeLessThanOrEqual(items[2]!.at.getTime());
  });

  it("shows only this booking's entries", async () => {
    const mine = await book("13:00");
    const other = await book("16:00");
    await app.caller(staff).bookings.setStatus({ id: other.id, status: "CONFIRMED" });
    expect((await app.caller(staff).bookings.history({ id: mine.id })).items.map((item) => item.action)).toEqual(["booking.created"]);
  });

  it("keeps the latest entries when there are more than it shows, and then cannot tell what the booking was created as", async () => {
    const booking = await book("17:00");
    const start = Date.now();
    await app.services.db.prisma.auditLog.createMany({
      data: Array.from({ length: maxBookingHistoryEntries + 5 }, (_, index) => ({
        actorId: staff.user.id,
        action: "booking.internal_notes_changed",
        targetType: "booking",
        targetId: booking.id,
        requestId: `req-${index}`,
        changes: { index },
        createdAt: new Date(start + index * 1_000),
      })),
    });
    const { items } = await app.caller(staff).bookings.history({ id: booking.id });
    expect(items).toHaveLength(maxBookingHistoryEntries + 1);
    expect(items[0]).toMatchObject({ id: "created", changes: {} });
    expect(items[1]!.changes).toEqual({ index: 5 });
    expect(items.at(-1)!.changes).toEqual({ index: maxBookingHistoryEntries + 4 });
  });

  it("does not guess the initial status of a booking changed without an audit entry", async () => {
    const booking = await book("18:00");
    await app.services.db.prisma.booking.update({ where: { id: booking.id }, data: { status: "COMPLETED" } });
    expect((await app.caller(staff).bookings.history({ id: booking.id })).items).toEqual([expect.objectContaining({ id: "created", changes: {} })]);
  });

  it("is 404 for an unknown booking, 403 for a customer, and served at GET /admin/bookings/{id}/history", async () => {
    const booking = await book("19:00");
    await expect(app.caller(staff).bookings.history({ id: "0b7f3c3e-8a8f-4d55-9a59-55d1d8b1a1a1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.caller(ada).bookings.history({ id: booking.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.caller().bookings.history({ id: booking.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const rest = await app.rest("GET", `/admin/bookings/${booking.id}/history`, staff);
    expect(rest.status).toBe(200);
    expect(rest.body).toMatchObject({ items: [{ id: "created", action: "booking.created", actor: { id: ada.user.id } }] });
    expect((await app.rest("GET", `/admin/bookings/${booking.id}/history`, ada)).status).toBe(403);
  });
});
