import type { BookingStatus } from "@slotted/db";
import { addDays, type DaySheet } from "@slotted/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestAccount, type TestApp } from "../../../test/test-app.ts";
import { generateBookingReference } from "../../bookings/booking-reference.ts";
import { dateColumn, venueNow } from "../../bookings/venue-clock.ts";

let app: TestApp;
let ada: TestAccount;
let bob: TestAccount;
let cara: TestAccount;
let staff: TestAccount;
let today: string;

beforeAll(async () => {
  app = await startTestApp();
  [ada, bob, cara, staff] = await Promise.all([app.account(), app.account(), app.account(), app.account({ role: "STAFF" })]);
  today = venueNow(app.services.config.business.timezone).date;
});
afterAll(() => app.close());

const book = (account: TestAccount, date: string, time: string, partySize: number, durationMinutes: number) =>
  app.caller(account).bookings.create({ date, time, partySize, durationMinutes, contactPhone: "07911 123456" });

/** Straight into the table, as the booking rules would not allow (past dates, over capacity). */
const insertBooking = (account: TestAccount, date: string, startMinute: number, partySize: number, status: BookingStatus) =>
  app.services.db.prisma.booking.create({
    data: {
      reference: generateBookingReference(),
      customerId: account.user.id,
      date: dateColumn(date),
      startMinute,
      durationMinutes: 60,
      partySize,
      status,
      contactName: account.user.name,
      contactEmail: account.user.email,
      contactPhone: "+447911123456",
    },
  });

const slot = (sheet: DaySheet, time: string) => sheet.slots.find((entry) => entry.time === time);

describe("bookings.daySheet", () => {
  it("counts the covers of active bookings overlapping each slot and lists every booking of the day", async () => {
    const date = addDays(today, 2);
    const long = await book(ada, date, "12:00", 3, 120); // 12:00–14:00
    const short = await book(bob, date, "12:00", 1, 30); // 12:00–12:30
    const later = await book(bob, date, "13:00", 2, 60); // 13:00–14:00
    const cancelled = await book(cara, date, "12:00", 4, 120);
    await app.caller(cara).bookings.cancel({ id: cancelled.id });
    await app.caller(staff).bookings.setInternalNotes({ id: long.id, internalNotes: "Birthday cake at 13:30", version: long.version });

    const sheet = await app.caller(staff).bookings.daySheet({ date });
    const { slotCapacity: capacity, slotMinutes } = app.services.config.business;
    expect(sheet).toMatchObject({ date, capacity, slotMinutes });
    expect(sheet.slots[0]).toEqual({ time: "11:00", booked: 0, remaining: capacity });
    expect(["12:00", "12:30", "13:00", "13:30", "14:00"].map((time) => slot(sheet, time))).toEqual([
      { time: "12:00", booked: 4, remaining: capacity - 4 },
      { time: "12:30", booked: 3, remaining: capacity - 3 },
      { time: "13:00", booked: 5, remaining: capacity - 5 },
      { time: "13:30", booked: 5, remaining: capacity - 5 },
      { time: "14:00", booked: 0, remaining: capacity },
    ]);

    const atNoon = [long, short, cancelled].sort((a, b) => (a.reference < b.reference ? -1 : 1));
    expect(sheet.bookings.map((booking) => booking.id)).toEqual([...atNoon.map((booking) => booking.id), later.id]);
    expect(sheet.bookings.find((booking) => booking.id === cancelled.id)).toMatchObject({ status: "CANCELLED", partySize: 4 });
    expect(sheet.bookings.find((booking) => booking.id === long.id)).toEqual({
      id: long.id,
      reference: long.reference,
      time: "12:00",
      endTime: "14:00",
      durationMinutes: 120,
      partySize: 3,
      status: "PENDING",
      contactName: long.contactName,
      internalNotes: "Birthday cake at 13:30",
      table: null,
    });
  });

  it("answers for past dates, clamps what is left at zero, and reads live rather than from a cache", async () => {
    const date = addDays(today, -3);
    const empty = await app.caller(staff).bookings.daySheet({ date });
    expect(empty.bookings).toEqual([]);
    expect(empty.slots.every((entry) => entry.booked === 0)).toBe(true);

    const capacity = app.services.config.business.slotCapacity;
    await insertBooking(ada, date, 19 * 60, capacity, "SEATED");
    await insertBooking(bob, date, 19 * 60, 5, "COMPLETED");
    await insertBooking(cara, date, 19 * 60, 3, "CONFIRMED");
    const sheet = await app.caller(staff).bookings.daySheet({ date });
    expect(slot(sheet, "19:00")).toEqual({ time: "19:00", booked: capacity + 3, remaining: 0 });
    expect(sheet.bookings.map((booking) => booking.status).sort()).toEqual(["COMPLETED", "CONFIRMED", "SEATED"]);
  });

  it("is served at GET /admin/bookings/day-sheet, not taken for a booking ID", async () => {
    const date = addDays(today, 4);
    const booking = await book(ada, date, "18:00", 2, 60);
    const rest = await app.rest("GET", `/admin/bookings/day-sheet?date=${date}`, staff);
    expect(rest.status).toBe(200);
    expect(rest.body).toMatchObject({ date, bookings: [{ id: booking.id, time: "18:00", endTime: "19:00" }] });
    expect((await app.rest("GET", "/admin/bookings/day-sheet?date=2026-02-30", staff)).status).toBe(400);
  });

  it("is for staff: a customer gets 403, nobody signed in 401", async () => {
    const date = addDays(today, 1);
    await expect(app.caller(ada).bookings.daySheet({ date })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(app.caller().bookings.daySheet({ date })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await app.rest("GET", `/admin/bookings/day-sheet?date=${date}`, ada)).status).toBe(403);
  });
});
