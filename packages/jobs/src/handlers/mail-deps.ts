import type { PrismaClient } from "@slotted/db";
import type { Logger } from "@slotted/logger";
import type { Mailer, MailContext } from "@slotted/mail";

/** What every mail-sending handler needs. */
export interface MailDeps {
  prisma: PrismaClient;
  mailer: Mailer;
  context: MailContext;
  logger: Logger;
}
