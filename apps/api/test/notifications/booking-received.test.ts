import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { startNotificationServer, type NotificationServer } from "./notification-server.ts";
import { queuedJobs } from "./queued-jobs.ts";
import { waitFor } from "./wait-for.ts";

const capacity = 4;
let ctx: NotificationServer;

beforeAll(async () => {
  ctx = await startNotificationServer({ env: { BOOKING_SLOT_CAPACITY: String(capacity) } });
});
afterAll(() => ctx.close());

/** Every booking-mail job done and its mail accepted (none is left to arrive later). */
async function allBookingMailSettled(): Promise<void> {
  await waitFor("every booking-mail job to complete", async () => {
    const jobs = await queuedJobs(ctx.server, "booking-mail");
    return jobs.every((job) => job.state === "completed");
  });
}

describe("the booking-received mail", () => {
  it("goes once to the contact email of a committed booking, naming its reference", async () => {
    const customer = await createAccount(ctx.server);
    const contactEmail = `guest-${Date.now().toString(36)}@example.test`;
    const created = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date: venueDate(ctx.server, 5), contactEmail }));
    expect(created.status).toBe(201);
    const { reference, id } = created.body;

    const mail = await waitFor("the booking-received mail", () => ctx.smtp.received.find((m) => m.to === contactEmail));
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain(reference);
    await allBookingMailSettled();
    expect(ctx.smtp.received.filter((m) => m.to === contactEmail)).toHaveLength(1);
    const jobs = await queuedJobs(ctx.server, "booking-mail", id);
    expect(jobs.map((job) => job.data.event)).toEqual(["received"]);
    expect(mail.jobId).toBe(jobs[0]!.id);
    const delivery = await ctx.server.services.db.prisma.mailDelivery.findUnique({ where: { jobId: jobs[0]!.id } });
    expect(delivery).toMatchObject({ template: "booking-received", transport: "smtp" });
  });

  it("is not sent, and no job exists, for creates that are refused or roll back", async () => {
    const date = venueDate(ctx.server, 6);
    const customer = await createAccount(ctx.server);
    const jobsBefore = (await queuedJobs(ctx.server, "booking-mail")).length;
    const first = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date, partySize: 2, contactEmail: "first@example.test" }));
    expect(first.status).toBe(201);

    // The same customer at the same slot again: the insert itself is refused inside the transaction.
    const duplicate = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date, partySize: 1, contactEmail: "duplicate@example.test" }));
    expect(duplicate.status).toBe(409);
    // Two more covers than are left: refused by the capacity check.
    const other = await createAccount(ctx.server);
    const full = await createBooking(ctx.server, other, bookingBody(ctx.server, { date, partySize: capacity, contactEmail: "full@example.test" }));
    expect(full.status).toBe(409);
    // Refused by validation before any write.
    const invalid = await createBooking(ctx.server, other, bookingBody(ctx.server, { date, partySize: 0, contactEmail: "invalid@example.test" }));
    expect(invalid.status).toBe(400);

    await waitFor("the committed booking's mail", () => ctx.smtp.received.find((m) => m.to === "first@example.test"));
    await allBookingMailSettled();
    const jobs = await queuedJobs(ctx.server, "booking-mail");
    expect(jobs).toHaveLength(jobsBefore + 1);
    const bookings = await ctx.server.services.db.prisma.booking.count();
    // One received job per booking that exists: none for a create that did not commit.
    expect(new Set(jobs.map((job) => job.data.bookingId)).size).toBe(bookings);
    const refused = ["duplicate@example.test", "full@example.test", "invalid@example.test"];
    expect(ctx.smtp.received.filter((m) => refused.includes(m.to))).toEqual([]);
  });
});
