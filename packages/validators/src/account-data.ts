import { z } from "zod";
import { bookingStatus } from "./bookings.ts";
import { currentPassword } from "./password.ts";
import { publicUser } from "./users.ts";

/** A booking as its customer made it: every field they gave or saw, never staff notes. */
export const exportedBooking = z.object({
  id: z.uuid(),
  reference: z.string(),
  date: z.string().describe("YYYY-MM-DD, venue-local"),
  time: z.string().describe("HH:MM, venue-local start"),
  durationMinutes: z.number().int(),
  partySize: z.number().int(),
  status: bookingStatus,
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().describe("E.164"),
  specialRequests: z.string().nullable(),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** A sign-in that is still open: where and when, but not its ID (the token's hash). */
export const exportedSession = z.object({
  createdAt: z.date(),
  lastUsedAt: z.date(),
  expiresAt: z.date(),
  userAgent: z.string().nullable().describe("The device's browser or client, as it named itself"),
  ipAddress: z.string().nullable().describe("The address the session was opened from"),
});

export const exportedFeedback = z.object({
  bookingId: z.uuid(),
  bookingReference: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  createdAt: z.date(),
});

/** auth.exportData: everything Slotted holds about the caller, in one JSON document. */
export const accountExport = z.object({
  exportedAt: z.date(),
  profile: publicUser,
  bookings: z.array(exportedBooking),
  sessions: z.array(exportedSession),
  feedback: z.array(exportedFeedback),
});
export type AccountExport = z.infer<typeof accountExport>;

export const deleteAccountInput = z.object({ password: currentPassword }).strict();
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;

/** What the deletion did, for the confirmation the owner sees. */
export const accountDeleted = z.object({
  deleted: z.literal(true),
  cancelledBookings: z.number().int().nonnegative(),
});
export type AccountDeleted = z.infer<typeof accountDeleted>;
