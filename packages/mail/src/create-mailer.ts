import type { Config } from "@slotted/config";
import type { PrismaClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import { createTransport } from "nodemailer";
import type { OutgoingMail } from "./mail-spec.ts";
import { maskRecipient } from "./mask-recipient.ts";

export interface Mailer {
  transport: "smtp" | "dev-mailbox" | "disabled";
  /** Delivers one mail; errors propagate so the job queue retries. */
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export interface MailerDependencies {
  mail: Config["mail"];
  prisma: PrismaClient;
  logger: Logger;
}

type Deliver = (mail: OutgoingMail) => Promise<void>;

function smtpDelivery(mail: Config["mail"]): { deliver: Deliver; close: () => void } {
  if (!mail.smtpUrl) throw new Error("mail.transport is smtp but no SMTP URL is configured");
  const transporter = createTransport(mail.smtpUrl);
  return {
    deliver: async ({ jobId, to, subject, html, text }) => {
      // The job id lets a delivered message be traced back to the job that sent it.
      await transporter.sendMail({ from: mail.from, to, subject, html, text, headers: { "X-Slotted-Job": jobId } });
    },
    close: () => transporter.close(),
  };
}

function devMailboxDelivery(mail: Config["mail"], prisma: PrismaClient): Deliver {
  return async ({ jobId, template, to, subject, html, text }) => {
    const content = { template, toAddress: to, fromAddress: mail.from, subject, html, text };
    // Keyed by job: a retried job rewrites its one row instead of adding a second copy.
    await prisma.devMail.upsert({ where: { jobId }, create: { jobId, ...content }, update: content });
  };
}

/**
 * The way out for rendered mail: SMTP, the development mailbox table, or nowhere. Each delivery
 * logs one line naming the job and a masked recipient, never the address, subject or body.
 */
export function createMailer({ mail, prisma, logger }: MailerDependencies): Mailer {
  const { transport } = mail;
  if (transport === "disabled") {
    return { transport, send: () => Promise.resolve(), close: () => Promise.resolve() };
  }

  const smtp = transport === "smtp" ? smtpDelivery(mail) : undefined;
  const deliver = smtp?.deliver ?? devMailboxDelivery(mail, prisma);
  return {
    transport,
    async send(outgoing) {
      await deliver(outgoing);
      logger.info({ jobId: outgoing.jobId, template: outgoing.template, to: maskRecipient(outgoing.to), transport }, "mail sent");
    },
    close() {
      smtp?.close();
      return Promise.resolve();
    },
  };
}
