import type { MailSpec } from "@slotted/mail";
import type { ParsedJobData } from "../job-definitions.ts";
import { bookingFacts } from "./booking-facts.ts";
import { deliverOnce, type Delivery } from "./deliver-once.ts";
import type { MailDeps } from "./mail-deps.ts";

/**
 * Tells the booking's contact what happened to it. The event is a fact by the time the job runs
 * (it committed with the job), so the mail goes even if the booking changed again since; that
 * later change has its own mail. A booking deleted since sends nothing, and neither does one whose
 * account was deleted, unless the job names its recipient.
 */
export async function sendBookingMail(
  deps: MailDeps,
  jobId: string,
  data: ParsedJobData<"booking-mail">,
): Promise<Delivery | "booking-gone" | "account-deleted"> {
  const booking = await deps.prisma.booking.findUnique({ where: { id: data.bookingId }, include: { customer: { select: { deletedAt: true } } } });
  if (!booking) return "booking-gone";
  // The row's contact details were erased with the account: only a job that carries its
  // recipient (the deletion's own cancellation mail) still has somewhere to send to.
  if (booking.customer.deletedAt && !data.recipient) return "account-deleted";
  const facts = { ...bookingFacts(booking), ...(data.recipient ? { contactName: data.recipient.name } : {}) };
  const to = data.recipient?.email ?? booking.contactEmail;
  let spec: MailSpec;
  switch (data.event) {
    case "received":
      spec = { template: "booking-received", to, booking: facts };
      break;
    case "confirmed":
      spec = { template: "booking-confirmed", to, booking: facts };
      break;
    case "cancelled":
      spec = { template: "booking-cancelled", to, booking: facts, reason: booking.cancelReason, byVenue: data.byVenue };
      break;
    case "rescheduled":
      spec = { template: "booking-rescheduled", to, booking: facts, previous: data.previous ?? { date: facts.date, time: facts.time } };
      break;
  }
  return deliverOnce(deps, jobId, spec);
}
