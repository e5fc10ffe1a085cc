import type { Config } from "@slotted/config";
import type { PrismaClient } from "@slotted/db";
import { createTestDatabase, type TestDatabase } from "@slotted/db/testing";
import { createLogger } from "@slotted/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "./create-mailer.ts";
import type { OutgoingMail } from "./mail-spec.ts";

// SMTP delivery is exercised by the API suite against a real SMTP server; here, the mailbox table.
const mailConfig = (transport: Config["mail"]["transport"]): Config["mail"] => ({
  transport,
  smtpUrl: undefined,
  from: "The Corner Bistro <bookings@example.com>",
  linkOrigin: "https://slotted.example.com",
});

const outgoing: OutgoingMail = {
  jobId: "job-1",
  template: "booking-confirmed",
  to: "jane.doe@example.com",
  subject: "Booking SLT-ABC123 confirmed — The Corner Bistro",
  html: "<p>Your booking is confirmed</p>",
  text: "Your booking is confirmed",
};

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { logger, lines };
}

let testDb: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  prisma = testDb.database.prisma;
});
afterAll(() => testDb.dispose());

describe("createMailer, dev-mailbox", () => {
  it("stores the mail once per job and logs one line with the recipient masked", async () => {
    const { logger, lines } = capturingLogger();
    const mailer = createMailer({ mail: mailConfig("dev-mailbox"), prisma, logger });
    expect(mailer.transport).toBe("dev-mailbox");

    await mailer.send(outgoing);
    await mailer.send({ ...outgoing, subject: "Retried" });
    await mailer.close();

    const rows = await prisma.devMail.findMany({ where: { jobId: "job-1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      template: "booking-confirmed",
      toAddress: "jane.doe@example.com",
      fromAddress: "The Corner Bistro <bookings@example.com>",
      subject: "Retried",
      html: outgoing.html,
      text: outgoing.text,
    });

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ msg: "mail sent", jobId: "job-1", template: "booking-confirmed", to: "j***@example.com", transport: "dev-mailbox" });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain("jane.doe");
    expect(logged).not.toContain("SLT-ABC123");
    expect(logged).not.toContain("Your booking is confirmed");
  });
});

describe("createMailer, disabled", () => {
  it("sends, stores and logs nothing", async () => {
    const { logger, lines } = capturingLogger();
    const mailer = createMailer({ mail: mailConfig("disabled"), prisma, logger });
    await mailer.send({ ...outgoing, jobId: "job-disabled" });
    await mailer.close();
    expect(await prisma.devMail.count({ where: { jobId: "job-disabled" } })).toBe(0);
    expect(lines).toHaveLength(0);
  });
});

describe("createMailer, smtp", () => {
  it("refuses to start without an SMTP URL", () => {
    const { logger } = capturingLogger();
    expect(() => createMailer({ mail: mailConfig("smtp"), prisma, logger })).toThrow(/SMTP URL/);
  });
});
