import { buildConfig } from "@slotted/config";
import { withTransaction } from "@slotted/db";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue, type JobQueue } from "./job-queue.ts";

const logger = createLogger({ level: "silent" });
const someUser = "6f0b1d2c-3a4b-4c5d-8e9f-0a1b2c3d4e5f";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.dispose());

function newQueue(): JobQueue {
  const config = buildConfig({ JOB_RETRY_DELAY_SECONDS: "1", JOB_POLL_INTERVAL_MS: "500" });
  return createJobQueue({ database: testDb.database, config, logger, supervise: false });
}

async function jobStates(name: string): Promise<{ id: string; state: string; start_after: Date }[]> {
  return testDb.database.prisma.$queryRawUnsafe(`SELECT id::text, state::text, start_after FROM pgboss.job WHERE name = $1 ORDER BY created_on`, name);
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the job queue", () => {
  it("has a job exactly when the enqueuing transaction commits, with its delayed start", async () => {
    const queue = newQueue();
    await queue.start();
    const remindAt = new Date(Date.now() + 48 * 3_600_000);
    const id = await withTransaction(testDb.database.prisma, (tx) =>
      queue.enqueue(tx, "booking-reminder", { bookingId: someUser, date: "2027-01-02", time: "19:00" }, { startAfter: remindAt }),
    );
    const failed = withTransaction(testDb.database.prisma, async (tx) => {
      await queue.enqueue(tx, "booking-reminder", { bookingId: someUser, date: "2027-01-03", time: "19:00" });
      throw new Error("the booking's insert failed");
    });
    await expect(failed).rejects.toThrow("the booking's insert failed");

    const jobs = await jobStates("booking-reminder");
    expect(jobs.map((job) => job.id)).toEqual([id]);
    expect(Math.abs(new Date(jobs[0]?.start_after ?? 0).getTime() - remindAt.getTime())).toBeLessThan(1_000);
    await queue.stop(1_000);
  });

  it("on stop, releases a job still running after the grace period, for a retry", async () => {
    const queue = newQueue();
    await queue.start();
    const id = await withTransaction(testDb.database.prisma, (tx) => queue.enqueue(tx, "verification-mail", { userId: someUser }));
    let started = false;
    await queue.boss.work("verification-mail", { pollingIntervalSeconds: 0.5 }, async () => {
      started = true;
      // Outlives the stop's grace period: a send stuck on a slow mail server.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    });
    await waitFor(() => Promise.resolve(started), (value) => value);
    expect(started).toBe(true);
    await queue.stop(1_000);

    const [job] = (await jobStates("verification-mail")).filter((row) => row.id === id);
    // Released, not left "active" until its timeout: another worker takes it after the retry delay.
    expect(job?.state).toBe("retry");
  });
});
