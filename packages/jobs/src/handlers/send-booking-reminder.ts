import type { ParsedJobData } from "../job-definitions.ts";
import { bookingFacts } from "./booking-facts.ts";
import { deliverOnce, type Delivery } from "./deliver-once.ts";
import type { MailDeps } from "./mail-deps.ts";

const activeStatuses = new Set(["PENDING", "CONFIRMED"]);

/**
 * The day-before reminder, scheduled when the booking was made or moved. Checked at run time: a
 * booking cancelled, seated or moved to another date or time since gets no reminder (the move
 * scheduled its own). Keyed by booking and start, so moving away and back still sends one.
 */
export async function sendBookingReminder(deps: MailDeps, data: ParsedJobData<"booking-reminder">): Promise<Delivery | "not-due"> {
  const booking = await deps.prisma.booking.findUnique({ where: { id: data.bookingId } });
  if (!booking || !activeStatuses.has(booking.status)) return "not-due";
  const facts = bookingFacts(booking);
  if (facts.date !== data.date || facts.time !== data.time) return "not-due";
  return deliverOnce(deps, `reminder:${booking.id}:${facts.date}T${facts.time}`, { template: "booking-reminder", to: booking.contactEmail, booking: facts });
}
