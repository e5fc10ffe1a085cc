import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "@slotted/auth";
import { withTransaction, type Prisma, type TransactionClient } from "@slotted/db";
import { notifyBookingCancelledWithAccount } from "@slotted/jobs";
import type { AccountDeleted, DeleteAccountInput } from "@slotted/validators";
import { recordAudit } from "../audit/record-audit.ts";
import { invalidateBookingCaches } from "../bookings/booking-caches.ts";
import type { BookingDeps } from "../bookings/booking-deps.ts";
import { dateOfColumn, venueNow } from "../bookings/venue-clock.ts";
import { appError, notFound } from "../errors/index.ts";

/** What an erased booking keeps in place of its contact details (the columns are NOT NULL). */
export const erasedContact = {
  name: "Deleted customer",
  email: (bookingId: string) => `deleted+${bookingId}@invalid.invalid`, // written in SQL below, same shape
  // E.164-shaped but undiallable: +1 area codes never start with 0.
  phone: "+10000000000",
} as const;

export const deletedAccountName = "Deleted account";
export const deletedAccountEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;
export const accountDeletedReason = "Account deleted";

/** Bookings that have not started and still hold a place: cancelled with the account. */
function futureActiveBookings(customerId: string, timeZone: string): Prisma.BookingWhereInput {
  const now = venueNow(timeZone);
  const today = new Date(`${now.date}T00:00:00.000Z`);
  return {
    customerId,
    status: { in: ["PENDING", "CONFIRMED"] },
    OR: [{ date: { gt: today } }, { date: today, startMinute: { gt: now.minute } }],
  };
}

/** One statement for every booking of the account, however many: each gets its own placeholder address. */
function eraseBookingContacts(tx: TransactionClient, customerId: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "bookings"
    SET "contact_name" = ${erasedContact.name},
        "contact_email" = 'deleted+' || "id"::text || '@invalid.invalid',
        "contact_phone" = ${erasedContact.phone},
        "special_requests" = NULL,
        "version" = "version" + 1,
        "updated_at" = now()
    WHERE "customer_id" = ${customerId}::uuid`;
}

/** Locks the account row, so two deletions (or a deletion and a sign-in's update) run one after the other. */
async function lockedPasswordHash(tx: TransactionClient, userId: string): Promise<string | undefined> {
  const rows = await tx.$queryRaw<{ passwordHash: string }[]>`
    SELECT "password_hash" AS "passwordHash" FROM "users" WHERE "id" = ${userId}::uuid AND "deleted_at" IS NULL FOR UPDATE`;
  return rows[0]?.passwordHash;
}

/**
 * The owner deletes their account, all in one transaction: the password is checked (wrong: nothing
 * changes), every session and mailed link ends, bookings still ahead are cancelled (their places
 * and tables freed, the customer told at the address they gave), and contact details are erased
 * from every booking, feedback comment and the account itself.
 *
 * Kept, without personal data: the account row (bookings need their customer), past bookings'
 * facts (date, party size, status: the venue's statistics), ratings, and staff notes (the venue's
 * own record of the visit, never shown to customers). The audit entry holds counts only.
 */
export async function deleteAccount(deps: BookingDeps, caller: { userId: string }, input: DeleteAccountInput): Promise<AccountDeleted> {
  const { business } = deps.services.config;
  // Hashed before the transaction: a random secret nobody holds, so no password ever matches.
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
  const result = await withTransaction(
    deps.prisma,
    async (tx) => {
      const passwordHash = await lockedPasswordHash(tx, caller.userId);
      if (passwordHash === undefined) throw notFound("Account");
      if (!(await verifyPassword(passwordHash, input.password))) {
        throw appError("BAD_REQUEST", "password: is incorrect", { issues: [{ path: "password", message: "is incorrect" }] });
      }
      const now = new Date();

      const upcoming = await tx.booking.findMany({
        where: futureActiveBookings(caller.userId, business.timezone),
        select: { id: true, date: true, contactEmail: true, contactName: true },
      });
      for (const booking of upcoming) {
        // Enqueued before the erasure below: the job carries the address the row is about to lose.
        await notifyBookingCancelledWithAccount(deps.services.jobs, tx, booking);
      }
      await tx.booking.updateMany({
        where: { id: { in: upcoming.map((booking) => booking.id) } },
        data: { status: "CANCELLED", cancelledAt: now, cancelReason: accountDeletedReason, tableId: null, version: { increment: 1 } },
      });

      const erasedBookings = await eraseBookingContacts(tx, caller.userId);
      const feedback = await tx.bookingFeedback.updateMany({ where: { customerId: caller.userId, comment: { not: null } }, data: { comment: null } });
      const sessions = await tx.session.deleteMany({ where: { userId: caller.userId } });
      await tx.accountToken.deleteMany({ where: { userId: caller.userId } });
      await tx.user.update({
        where: { id: caller.userId },
        data: {
          email: deletedAccountEmail(caller.userId),
          name: deletedAccountName,
          passwordHash: unusableHash,
          isActive: false,
          deletedAt: now,
          emailVerifiedAt: null,
        },
        select: { id: true },
      });
      const counts = {
        cancelledBookings: upcoming.length,
        erasedBookings,
        erasedFeedbackComments: feedback.count,
        revokedSessions: sessions.count,
      };
      await recordAudit(tx, {
        actorId: caller.userId,
        action: "user.account_deleted",
        targetType: "user",
        targetId: caller.userId,
        requestId: deps.requestId,
        changes: counts,
      });
      return { counts, cancelledDates: upcoming.map((booking) => dateOfColumn(booking.date)) };
    },
    { signal: deps.signal },
  );
  if (result.cancelledDates.length > 0) await invalidateBookingCaches(deps, result.cancelledDates);
  return { deleted: true, cancelledBookings: result.counts.cancelledBookings };
}
