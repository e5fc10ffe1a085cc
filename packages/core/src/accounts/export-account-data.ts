import type { PrismaClient } from "@slotted/db";
import { timeOfMinute, type AccountExport } from "@slotted/validators";
import { dateOfColumn } from "../bookings/venue-clock.ts";
import { publicUserSelect } from "./public-user.ts";

/**
 * Everything held about one account, read in one snapshot: profile, every booking (the
 * customer's view, no staff notes), open sessions (no IDs: those are the tokens' hashes) and
 * feedback. Never the password hash.
 */
export async function exportAccountData(prisma: PrismaClient, userId: string, now = new Date()): Promise<AccountExport> {
  const [profile, bookings, sessions, feedback] = await prisma.$transaction([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect }),
    prisma.booking.findMany({ where: { customerId: userId }, orderBy: [{ date: "desc" }, { startMinute: "desc" }, { id: "asc" }] }),
    prisma.session.findMany({
      where: { userId, expiresAt: { gt: now } },
      orderBy: [{ lastUsedAt: "desc" }],
      select: { createdAt: true, lastUsedAt: true, expiresAt: true, userAgent: true, ipAddress: true },
    }),
    prisma.bookingFeedback.findMany({
      where: { customerId: userId },
      orderBy: [{ createdAt: "desc" }],
      select: { bookingId: true, rating: true, comment: true, createdAt: true, booking: { select: { reference: true } } },
    }),
  ]);
  return {
    exportedAt: now,
    profile,
    bookings: bookings.map((row) => ({
      id: row.id,
      reference: row.reference,
      date: dateOfColumn(row.date),
      time: timeOfMinute(row.startMinute),
      durationMinutes: row.durationMinutes,
      partySize: row.partySize,
      status: row.status,
      contactName: row.contactName,
      contactEmail: row.contactEmail,
      contactPhone: row.contactPhone,
      specialRequests: row.specialRequests,
      cancelledAt: row.cancelledAt,
      cancelReason: row.cancelReason,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
    sessions,
    feedback: feedback.map(({ booking, ...entry }) => ({ ...entry, bookingReference: booking.reference })),
  };
}
