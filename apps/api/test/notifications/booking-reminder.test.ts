import { venueInstant } from "@slotted/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { bookingBody, call, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { startNotificationServer, type NotificationServer } from "./notification-server.ts";
import { queuedJobs } from "./queued-jobs.ts";
import { waitFor } from "./wait-for.ts";

let ctx: NotificationServer;

beforeAll(async () => {
  ctx = await startNotificationServer();
});
afterAll(() => ctx.close());

/** Makes the booking's reminders due now and waits until the worker has run every one of them. */
async function runRemindersNow(bookingId: string): Promise<void> {
  await ctx.server.services.db.prisma.$executeRawUnsafe(
    `UPDATE pgboss.job SET start_after = now() WHERE name = 'booking-reminder' AND data->>'bookingId' = $1 AND state = 'created'`,
    bookingId,
  );
  await waitFor("the reminders to run", async () => (await queuedJobs(ctx.server, "booking-reminder", bookingId)).every((job) => job.state === "completed"));
  // Its other mail (received, moved, cancelled) is done too, so nothing is still on its way.
  await waitFor("the booking's other mail", async () => (await queuedJobs(ctx.server, "booking-mail", bookingId)).every((job) => job.state === "completed"));
}

const remindersTo = (email: string) => ctx.smtp.received.filter((m) => m.to === email && m.subject.startsWith("Reminder:"));

describe("the day-before reminder", () => {
  it("is scheduled 24 h before the start and, after a reschedule, sent only for the new time", async () => {
    const customer = await createAccount(ctx.server);
    const contactEmail = "moved@example.test";
    const date = venueDate(ctx.server, 3);
    const created = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date, time: "19:00", contactEmail }));
    expect(created.status).toBe(201);
    const { id } = created.body;

    const [reminder, ...others] = await queuedJobs(ctx.server, "booking-reminder", id);
    expect(others).toEqual([]);
    expect(reminder).toMatchObject({ state: "created", data: { bookingId: id, date, time: "19:00" } });
    const startsAt = venueInstant(ctx.server.config.business.timezone, date, 19 * 60);
    expect(Math.abs(reminder!.start_after.getTime() - (startsAt.getTime() - 86_400_000))).toBeLessThan(1_000);

    const newDate = venueDate(ctx.server, 4);
    const moved = await call(ctx.server, customer, "POST", `/bookings/${id}/reschedule`, { date: newDate, time: "20:00" });
    expect(moved.status).toBe(200);
    expect((await queuedJobs(ctx.server, "booking-reminder", id)).map((job) => job.data)).toEqual([
      { bookingId: id, date, time: "19:00" },
      { bookingId: id, date: newDate, time: "20:00" },
    ]);

    await runRemindersNow(id);
    const sent = remindersTo(contactEmail);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain("tomorrow at 20:00");
  });

  it("is not sent for a booking cancelled since it was scheduled", async () => {
    const customer = await createAccount(ctx.server);
    const contactEmail = "cancelled@example.test";
    const created = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date: venueDate(ctx.server, 3), time: "18:00", contactEmail }));
    expect(created.status).toBe(201);
    expect(await queuedJobs(ctx.server, "booking-reminder", created.body.id)).toHaveLength(1);
    expect((await call(ctx.server, customer, "POST", `/bookings/${created.body.id}/cancel`, {})).status).toBe(200);

    await runRemindersNow(created.body.id);
    expect(remindersTo(contactEmail)).toEqual([]);
    // The cancellation's own mail did go: the transport works, the reminder chose not to.
    expect(ctx.smtp.received.filter((m) => m.to === contactEmail).map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("cancelled")]),
    );
  });
});
