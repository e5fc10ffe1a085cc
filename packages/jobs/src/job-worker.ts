import type { Config } from "@slotted/config";
import type { PrismaClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import type { Mailer } from "@slotted/mail";
import { jobNames, jobPayloads, sweepSchedule, type JobName, type ParsedJobData } from "./job-definitions.ts";
import type { JobQueue } from "./job-queue.ts";
import { sendBookingMail } from "./handlers/send-booking-mail.ts";
import { sendBookingReminder } from "./handlers/send-booking-reminder.ts";
import { sendPasswordReset } from "./handlers/send-password-reset.ts";
import { sendVerification } from "./handlers/send-verification.ts";
import { sweepExpired } from "./handlers/sweep-expired.ts";
import type { MailDeps } from "./handlers/mail-deps.ts";

export interface JobWorkerDeps {
  queue: JobQueue;
  prisma: PrismaClient;
  mailer: Mailer;
  config: Config;
  logger: Logger;
}

export interface JobWorker {
  /** Takes no new jobs, lets active ones finish for up to `timeoutMs`, then releases the rest for a retry. */
  stop(timeoutMs: number): Promise<void>;
}

type Handler<N extends JobName> = (jobId: string, data: ParsedJobData<N>) => Promise<unknown>;

function handlersFor(deps: MailDeps): { [N in JobName]: Handler<N> } {
  return {
    "booking-mail": (jobId, data) => sendBookingMail(deps, jobId, data),
    "booking-reminder": (_jobId, data) => sendBookingReminder(deps, data),
    "password-reset-mail": (jobId, data) => sendPasswordReset(deps, jobId, data),
    "verification-mail": (jobId, data) => sendVerification(deps, jobId, data),
    "sweep-expired": () => sweepExpired(deps.prisma),
  };
}

/** Runs `each` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await each(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Runs every queue's handler in this process. Each queue has one poller that takes a batch of
 * jobs and runs WORKER_CONCURRENCY of them at a time. A job that fails is failed on its own (its
 * retry and backoff are its own); the rest of the batch completes. A full batch means more are
 * waiting, so the poller fetches again at once instead of sleeping out its interval. The sweep
 * is scheduled with pg-boss's cron, which runs it once per cluster however many workers there are.
 */
export async function startJobWorker(deps: JobWorkerDeps): Promise<JobWorker> {
  const { queue, config, logger } = deps;
  const { boss } = queue;
  const log = logger.child({ component: "jobs" });
  await queue.start();
  const mailDeps: MailDeps = {
    prisma: deps.prisma,
    mailer: deps.mailer,
    logger: log,
    context: { venueName: config.business.name, timezone: config.business.timezone, linkOrigin: config.mail.linkOrigin },
  };
  const handlers = handlersFor(mailDeps);
  const pollingIntervalSeconds = config.jobs.pollIntervalMs / 1000;
  const concurrency = config.jobs.concurrency;
  const batchSize = concurrency * 4;

  const runJob = async (name: JobName, job: { id: string; data: unknown }) => {
    const handler = handlers[name] as Handler<typeof name>;
    const started = performance.now();
    try {
      const data = jobPayloads[name].parse(job.data) as ParsedJobData<typeof name>;
      const outcome = await handler(job.id, data);
      log.info({ jobId: job.id, queue: name, outcome, durationMs: Math.round(performance.now() - started) }, "job done");
    } catch (error) {
      log.warn({ jobId: job.id, queue: name, err: error, durationMs: Math.round(performance.now() - started) }, "job failed; it will be retried");
      await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
    }
  };

  for (const name of jobNames) {
    const poller: { id?: string } = {};
    poller.id = await boss.work<unknown>(name, { batchSize, pollingIntervalSeconds }, async (jobs) => {
      await forEachLimited(jobs, concurrency, (job) => runJob(name, job));
      if (jobs.length === batchSize && poller.id) boss.notifyWorker(poller.id);
    });
  }
  if (queue.supervises) await queue.boss.schedule("sweep-expired", sweepSchedule, {}, { tz: "UTC" });
  log.info({ mail: deps.mailer.transport, concurrency }, "job worker started");

  return {
    stop: async (timeoutMs) => {
      await queue.stop(timeoutMs);
      log.info("job worker stopped");
    },
  };
}
