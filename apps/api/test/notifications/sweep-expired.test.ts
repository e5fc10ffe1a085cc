import { issueAccountToken } from "@slotted/auth";
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

const hourAgo = () => new Date(Date.now() - 3_600_000);

describe("the sweep-expired job", () => {
  it("removes expired sessions, idempotency keys and account tokens and keeps live ones", async () => {
    const prisma = ctx.server.services.db.prisma;
    const [stale, fresh] = await Promise.all([createAccount(ctx.server), createAccount(ctx.server)]);

    const date = venueDate(ctx.server, 7);
    for (const [account, key] of [[stale, "stale-key"], [fresh, "fresh-key"]] as const) {
      expect((await createBooking(ctx.server, account, bookingBody(ctx.server, { date }), { "idempotency-key": key })).status).toBe(201);
    }
    await prisma.idempotencyKey.updateMany({ where: { key: "stale-key" }, data: { expiresAt: hourAgo() } });
    await prisma.session.updateMany({ where: { userId: stale.user.id }, data: { expiresAt: hourAgo() } });

    // Issued two days ago: its 30-minute lifetime is long over.
    const staleToken = await issueAccountToken(prisma, stale.user.id, "PASSWORD_RESET", new Date(Date.now() - 2 * 86_400_000));
    const freshToken = await issueAccountToken(prisma, fresh.user.id, "PASSWORD_RESET");
    expect(staleToken.expiresAt.getTime()).toBeLessThan(Date.now());

    const jobId = await ctx.server.services.jobs.boss.send("sweep-expired", {});
    expect(jobId).not.toBeNull();
    await waitFor("the sweep to complete", async () => (await queuedJobs(ctx.server, "sweep-expired")).some((job) => job.id === jobId && job.state === "completed"));

    expect(await prisma.session.count({ where: { userId: stale.user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: fresh.user.id } })).toBe(1);
    expect((await prisma.idempotencyKey.findMany({ select: { key: true } })).map((row) => row.key)).toEqual(["fresh-key"]);
    const tokens = await prisma.accountToken.findMany({ select: { userId: true, expiresAt: true } });
    expect(tokens).toEqual([{ userId: fresh.user.id, expiresAt: freshToken.expiresAt }]);
  });
});
