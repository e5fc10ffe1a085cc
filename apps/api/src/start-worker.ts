import type { AppServices } from "@slotted/core";
import { startJobWorker, type JobWorker } from "@slotted/jobs";
import { createMailer } from "@slotted/mail";

/** Runs the job handlers in this process, sending mail by the configured transport. */
export async function startWorker(services: Pick<AppServices, "config" | "logger" | "db" | "jobs">): Promise<JobWorker> {
  const mailer = createMailer({ mail: services.config.mail, prisma: services.db.prisma, logger: services.logger });
  const worker = await startJobWorker({ queue: services.jobs, prisma: services.db.prisma, mailer, config: services.config, logger: services.logger });
  return {
    stop: async (timeoutMs) => {
      await worker.stop(timeoutMs);
      await mailer.close();
    },
  };
}
