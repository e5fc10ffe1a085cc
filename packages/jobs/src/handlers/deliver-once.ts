import { isUniqueViolation } from "@slotted/db";
import { renderMail, type MailSpec } from "@slotted/mail";
import type { MailDeps } from "./mail-deps.ts";

export type Delivery = "sent" | "already-sent";

/** Whether a mail was already delivered under `deliveryKey`: a handler that mints a token checks first. */
export async function wasDelivered(deps: MailDeps, deliveryKey: string): Promise<boolean> {
  return (await deps.prisma.mailDelivery.findUnique({ where: { jobId: deliveryKey }, select: { jobId: true } })) !== null;
}

/**
 * Renders and sends `spec` unless a delivery is already recorded under `deliveryKey` (the job's
 * ID, or a key shared by jobs that must send one mail between them). The record is written after
 * the mail is accepted: a worker that dies mid-send leaves none, so the retry sends it.
 */
export async function deliverOnce(deps: MailDeps, deliveryKey: string, spec: MailSpec): Promise<Delivery> {
  if (await wasDelivered(deps, deliveryKey)) return "already-sent";
  const rendered = await renderMail(spec, deps.context);
  await deps.mailer.send({ ...rendered, jobId: deliveryKey, template: spec.template, to: spec.to });
  try {
    await deps.prisma.mailDelivery.create({ data: { jobId: deliveryKey, template: spec.template, transport: deps.mailer.transport } });
  } catch (error) {
    // A concurrent run recorded it first: both sent, which only a crash between send and record allows.
    if (!isUniqueViolation(error)) throw error;
  }
  return "sent";
}
