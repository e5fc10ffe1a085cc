import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { startNotificationServer, type NotificationServer } from "./notification-server.ts";
import { queuedJobs } from "./queued-jobs.ts";
import { waitFor } from "./wait-for.ts";

let ctx: NotificationServer;

beforeAll(async () => {
  ctx = await startNotificationServer();
});
afterAll(() => ctx.close());

const outcomesOf = (jobId: string) => ctx.server.logs.filter((line) => line.msg === "job done" && line.jobId === jobId).map((line) => line.outcome);

describe("a booking-mail job that runs twice", () => {
  it("sends its mail once: the second run finds the delivery recorded under the job's ID", async () => {
    const customer = await createAccount(ctx.server);
    const contactEmail = "twice@example.test";
    const created = await createBooking(ctx.server, customer, bookingBody(ctx.server, { date: venueDate(ctx.server, 8), contactEmail }));
    expect(created.status).toBe(201);
    const [job] = await queuedJobs(ctx.server, "booking-mail", created.body.id);
    await waitFor("the first run", () => outcomesOf(job!.id).length === 1);
    expect(outcomesOf(job!.id)).toEqual(["sent"]);

    // Run the very same job again, as a retry after a lost acknowledgement would.
    await ctx.server.services.db.prisma.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'retry', start_after = now(), completed_on = NULL WHERE id = $1::uuid`,
      job!.id,
    );
    await waitFor("the second run", () => outcomesOf(job!.id).length === 2);
    expect(outcomesOf(job!.id)).toEqual(["sent", "already-sent"]);
    expect(ctx.smtp.received.filter((m) => m.jobId === job!.id)).toHaveLength(1);
    expect(ctx.smtp.received.filter((m) => m.to === contactEmail)).toHaveLength(1);
    expect(await ctx.server.services.db.prisma.mailDelivery.count({ where: { jobId: job!.id } })).toBe(1);
  });
});
