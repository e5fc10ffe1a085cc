import type { Config } from "@slotted/config";
import type { PrismaClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import type { Mailer } from "@slotted/mail";
import { jobPayloads, sweepSchedule, type JobName, type ParsedJobData } from "./job-definitions.ts";
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

/**
 * Runs every queue's handler in this process: booking mail with WORKER_CONCURRENCY pollers, the
 * rest with one each. The sweep is scheduled with pg-boss's cron, which runs it once per cluster
 * however many workers there are.
 */
export async function startJobWorker(deps: JobWorkerDeps): Promise<JobWorker> {
  const { queue, config, logger } = deps;
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

  const work = async (name: JobName, pollers: number) => {
    const handler = handlers[name] as Handler<typeof name>;
    for (let i = 0; i < pollers; i += 1) {
      await queue.boss.work<unknown>(name, { batchSize: 1, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) {
          const started = performance.now();
          try {
            const data = jobPayloads[name].parse(job.data) as ParsedJobData<typeof name>;
            const outcome = await handler(job.id, data);
            log.info({ jobId: job.id, queue: name, outcome, durationMs: Math.round(performance.now() - started) }, "job done");
          } catch (error) {
            log.warn({ jobId: job.id, queue: name, err: error, durationMs: Math.round(performance.now() - started) }, "job failed; it will be retried");
            throw error;
          }
        }
      });
    }
  };
  await work("booking-mail", config.jobs.concurrency);
  await work("booking-reminder", 1);
  await work("password-reset-mail", 1);
  await work("verification-mail", 1);
  await work("sweep-expired", 1);
  if (queue.supervises) await queue.boss.schedule("sweep-expired", sweepSchedule, {}, { tz: "UTC" });
  log.info({ mail: deps.mailer.transport, concurrency: config.jobs.concurrency }, "job worker started");

  return {
    stop: async (timeoutMs) => {
      await queue.stop(timeoutMs);
      log.info("job worker stopped");
    },
  };
}
