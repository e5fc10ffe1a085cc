import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../helpers/accounts.ts";
import { startTestServer, type TestServer } from "../helpers/test-server.ts";
import { bookingBody, createBooking, venueDate } from "../bookings/booking-helpers.ts";
import { fastJobs } from "./notification-server.ts";
import { queuedJobs } from "./queued-jobs.ts";
import { startSmtpSink, type SmtpSink } from "./smtp-sink.ts";
import { waitFor } from "./wait-for.ts";
import { spawnWorker, type WorkerProcess } from "./worker-process.ts";

// A separate worker process shares the database: only real PostgreSQL can be shared.
describe.runIf(process.env.DATABASE_URL)("a worker process stopped in the middle of sending", () => {
  let server: TestServer;
  let smtp: SmtpSink;
  const workers: WorkerProcess[] = [];
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    const env = { SMTP_URL: smtp.url, ...fastJobs, JOB_TIMEOUT_SECONDS: "3", SHUTDOWN_TIMEOUT_MS: "15000" };
    server = await startTestServer({ env: { ...env, WORKER_MODE: "separate" } });
    workerEnv = { ...env, DATABASE_URL: server.testDatabase.url ?? "", NODE_ENV: "development" };
  });
  afterEach(async () => {
    smtp.release();
    for (const worker of workers.splice(0)) {
      worker.kill("SIGKILL");
      await worker.exited;
    }
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  async function startWorkerProcess(): Promise<WorkerProcess> {
    const worker = spawnWorker(workerEnv);
    workers.push(worker);
    await waitFor(`the worker to start:\n${worker.output()}`, () => worker.output().includes("job worker started"), 60_000);
    return worker;
  }

  async function bookAndHoldItsMail(contactEmail: string): Promise<string> {
    smtp.hold();
    const before = smtp.dataCommands();
    const customer = await createAccount(server);
    const created = await createBooking(server, customer, bookingBody(server, { date: venueDate(server, 9), contactEmail }));
    expect(created.status).toBe(201);
    const [job] = await queuedJobs(server, "booking-mail", created.body.id);
    await waitFor("the worker to reach DATA", () => smtp.dataCommands() > before).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${workers.map((worker) => worker.output()).join("\n")}`);
    });
    return job!.id;
  }

  it("retries the job after a SIGKILL and the message is accepted exactly once", async () => {
    const first = await startWorkerProcess();
    const jobId = await bookAndHoldItsMail("killed@example.test");
    first.kill("SIGKILL");
    await first.exited;
    // The dead client's message was never answered 250: it was not accepted.
    smtp.discardHeld();
    smtp.release();
    expect(smtp.received.filter((m) => m.jobId === jobId)).toEqual([]);

    await startWorkerProcess();
    await waitFor("the retried job to complete", async () => (await queuedJobs(server, "booking-mail")).find((job) => job.id === jobId)?.state === "completed", 60_000);
    expect(smtp.received.filter((m) => m.jobId === jobId)).toHaveLength(1);
    expect(await server.services.db.prisma.mailDelivery.count({ where: { jobId } })).toBe(1);
  });

  it("on SIGTERM finishes the job it holds and leaves nothing active", async () => {
    const worker = await startWorkerProcess();
    const jobId = await bookAndHoldItsMail("stopped@example.test");
    worker.kill("SIGTERM");
    await waitFor("the worker to begin stopping", () => worker.output().includes("received stop signal"));
    smtp.release();
    expect(await worker.exited).toEqual({ code: 0, signal: null });

    const jobs = await queuedJobs(server, "booking-mail");
    expect(jobs.filter((job) => job.state === "active")).toEqual([]);
    expect(jobs.find((job) => job.id === jobId)?.state).toBe("completed");
    expect(smtp.received.filter((m) => m.jobId === jobId)).toHaveLength(1);
  });
});
