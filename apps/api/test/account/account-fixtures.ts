import { randomInt } from "node:crypto";
import type { BookingStatus } from "@slotted/db";
import { venueDate } from "../bookings/booking-helpers.ts";
import type { TestServer } from "../helpers/test-server.ts";

const referenceAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const reference = () => `SLT-${Array.from({ length: 6 }, () => referenceAlphabet.charAt(randomInt(referenceAlphabet.length))).join("")}`;

/** A booking written straight to the database, so the past needs no waiting; with feedback when a rating is given. */
export async function insertBooking(
  server: TestServer,
  customerId: string,
  options: { offsetDays: number; status: BookingStatus; rating?: number; comment?: string; internalNotes?: string },
): Promise<string> {
  const { prisma } = server.services.db;
  const booking = await prisma.booking.create({
    data: {
      reference: reference(),
      customerId,
      date: new Date(`${venueDate(server, options.offsetDays)}T00:00:00Z`),
      startMinute: 19 * 60,
      durationMinutes: 90,
      partySize: 2,
      status: options.status,
      contactName: "Past Guest",
      contactEmail: "past-guest@example.test",
      contactPhone: "+447911123456",
      specialRequests: "Quiet corner please",
      internalNotes: options.internalNotes ?? null,
      cancelledAt: options.status === "CANCELLED" ? new Date() : null,
    },
  });
  if (options.rating !== undefined) {
    await prisma.bookingFeedback.create({ data: { bookingId: booking.id, customerId, rating: options.rating, comment: options.comment ?? null } });
  }
  return booking.id;
}
