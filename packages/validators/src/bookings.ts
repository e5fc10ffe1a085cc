import { z } from "zod";
import { bookingFeedback, feedbackComment, feedbackRating } from "./feedback.ts";
import { jsonInteger } from "./json-primitives.ts";
import { cursorPaginationInput, paginationInput, sortOrder } from "./pagination.ts";
import { phoneText } from "./phone.ts";
import { emailAddress, freeText, personName } from "./text.ts";
import { searchText } from "./users.ts";

export const bookingStatuses = ["PENDING", "CONFIRMED", "SEATED", "COMPLETED", "CANCELLED", "NO_SHOW"] as const;
export const bookingStatus = z.enum(bookingStatuses, { error: `must be one of ${bookingStatuses.join(", ")}` });
export type BookingStatusValue = z.infer<typeof bookingStatus>;

/** Statuses that hold a place at the venue (capacity and the one-per-slot rule count them). */
export const activeBookingStatuses = ["PENDING", "CONFIRMED", "SEATED"] as const satisfies readonly BookingStatusValue[];

export const partySizeLimits = { min: 1, max: 50 } as const;
export const durationLimits = { min: 30, max: 480, default: 120 } as const;

/** A venue-local calendar date. */
export const bookingDate = z.iso.date({ error: "must be a date in YYYY-MM-DD form" });
/** A venue-local start time, 24-hour. */
export const bookingTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time in 24-hour HH:MM form" });
export const partySize = jsonInteger(partySizeLimits.min, partySizeLimits.max);
export const durationMinutes = jsonInteger(durationLimits.min, durationLimits.max);
/** The version a client loaded; a write naming an older one is refused (409). */
export const bookingVersion = jsonInteger(1, 2_147_483_647);
export const bookingId = z.uuid({ error: "must be a booking ID (UUID)" });
/** `Idempotency-Key` header or `idempotencyKey` input: printable ASCII, no spaces (a UUID is ideal). */
export const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7E]{1,255}$/, { error: "must be 1-255 printable characters without spaces" });

/** Empty after sanitising means "none". */
const optionalText = (max: number) => freeText(max).transform((value) => (value === "" ? null : value));
export const specialRequests = optionalText(500);
export const internalNotes = optionalText(2000);
export const cancelReason = optionalText(500);
export const statusNote = optionalText(500);

// ---- inputs -------------------------------------------------------------------------------------

export const availabilityInput = z.strictObject({ date: bookingDate });

/** Any date, past ones included: the day sheet is the venue's record as well as its plan. */
export const daySheetInput = z.strictObject({ date: bookingDate });
export type DaySheetInput = z.infer<typeof daySheetInput>;

export const createBookingInput = z.strictObject({
  date: bookingDate,
  time: bookingTime,
  partySize,
  durationMinutes: durationMinutes.default(durationLimits.default),
  /** Defaults to the account's name and email. */
  contactName: personName.optional(),
  contactEmail: emailAddress.optional(),
  contactPhone: phoneText,
  specialRequests: specialRequests.optional(),
  /** tRPC clients put the key here; REST clients send the `Idempotency-Key` header. */
  idempotencyKey: idempotencyKey.optional(),
});
export type CreateBookingInput = z.infer<typeof createBookingInput>;

const dateRange = {
  status: z.array(bookingStatus).max(bookingStatuses.length).optional(),
  from: bookingDate.optional(),
  to: bookingDate.optional(),
};
const fromNotAfterTo = (range: { from?: string | undefined; to?: string | undefined }) =>
  !range.from || !range.to || range.from <= range.to;
const rangeIssue = { error: "must not be before from", path: ["to"] };

export const listBookingsInput = z
  .strictObject({ ...paginationInput.shape, ...dateRange, order: sortOrder.default("asc") })
  .refine(fromNotAfterTo, rangeIssue);
export type ListBookingsInput = z.infer<typeof listBookingsInput>;

export const adminBookingSort = z.enum(["date", "createdAt", "reference", "partySize"]);
export const adminListBookingsInput = z
  .strictObject({
    ...cursorPaginationInput.shape,
    ...dateRange,
    /** Matches reference, contact name or contact email (case-insensitive, contains). */
    search: searchText.optional(),
    customerId: z.uuid({ error: "must be a user ID (UUID)" }).optional(),
    sort: adminBookingSort.default("date"),
    order: sortOrder.default("asc"),
  })
  .refine(fromNotAfterTo, rangeIssue);
export type AdminListBookingsInput = z.infer<typeof adminListBookingsInput>;

export const bookingByIdInput = z.strictObject({ id: bookingId });

export const updateBookingInput = z
  .strictObject({
    id: bookingId,
    version: bookingVersion,
    partySize: partySize.optional(),
    contactName: personName.optional(),
    contactEmail: emailAddress.optional(),
    contactPhone: phoneText.optional(),
    specialRequests: specialRequests.nullable().optional(),
  })
  .refine(
    (input) => [input.partySize, input.contactName, input.contactEmail, input.contactPhone, input.specialRequests].some((v) => v !== undefined),
    { error: "must change at least one of partySize, contactName, contactEmail, contactPhone, specialRequests" },
  );
export type UpdateBookingInput = z.infer<typeof updateBookingInput>;

export const rescheduleBookingInput = z.strictObject({
  id: bookingId,
  date: bookingDate,
  time: bookingTime,
  /** Keeps the current duration when omitted. */
  durationMinutes: durationMinutes.optional(),
  version: bookingVersion.optional(),
});
export type RescheduleBookingInput = z.infer<typeof rescheduleBookingInput>;

export const cancelBookingInput = z.strictObject({
  id: bookingId,
  reason: cancelReason.optional(),
  version: bookingVersion.optional(),
});
export type CancelBookingInput = z.infer<typeof cancelBookingInput>;

export const setBookingStatusInput = z.strictObject({
  id: bookingId,
  status: bookingStatus,
  /** Kept in the audit log; becomes the cancel reason for CANCELLED. */
  note: statusNote.optional(),
  version: bookingVersion.optional(),
});
export type SetBookingStatusInput = z.infer<typeof setBookingStatusInput>;

export const setInternalNotesInput = z.strictObject({
  id: bookingId,
  internalNotes: internalNotes.nullable(),
  version: bookingVersion,
});
export type SetInternalNotesInput = z.infer<typeof setInternalNotesInput>;

/** A customer rates their own COMPLETED booking, once, within the feedback window. */
export const rateBookingInput = z.strictObject({
  id: bookingId,
  rating: feedbackRating,
  comment: feedbackComment.optional(),
});
export type RateBookingInput = z.infer<typeof rateBookingInput>;

// ---- outputs ------------------------------------------------------------------------------------

/** An account as staff see it next to a booking: the customer, or who changed the booking. */
const accountRef = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

/** What a customer sees of their booking (never staff notes). */
export const customerBooking = z.object({
  id: z.uuid(),
  reference: z.string(),
  date: z.string().describe("YYYY-MM-DD, venue-local"),
  time: z.string().describe("HH:MM, venue-local start"),
  endTime: z.string().describe("HH:MM, venue-local end"),
  durationMinutes: z.number().int(),
  partySize: z.number().int(),
  status: bookingStatus,
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().describe("E.164"),
  specialRequests: z.string().nullable(),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  feedback: bookingFeedback.nullable().describe("The customer's rating of this visit, once given"),
  ratingOpenUntil: z
    .string()
    .nullable()
    .describe("YYYY-MM-DD, venue-local: the last day this COMPLETED, unrated booking can be rated (compare with the venue's `today`); null once rated or when not COMPLETED"),
});
export type CustomerBooking = z.infer<typeof customerBooking>;

/** The table a booking is seated at, as staff views show it next to the booking (null: not seated at one). */
export const bookingTable = z.object({ id: z.uuid(), name: z.string(), seats: z.number().int() }).nullable();
export type BookingTable = z.infer<typeof bookingTable>;

/** Staff see the customer behind the booking, the internal notes and the table. */
export const staffBooking = customerBooking.extend({
  customer: accountRef,
  internalNotes: z.string().nullable(),
  table: bookingTable,
  cancelledLate: z.boolean().describe("Cancelled by staff inside the customers' change cut-off"),
});
export type StaffBooking = z.infer<typeof staffBooking>;

/** One thing that happened to a booking: its creation, or an entry of the audit log. */
export const bookingHistoryEntry = z.object({
  id: z.string().describe('The audit entry ID, or "created" for the entry made from the booking itself'),
  action: z.string().describe("`booking.created`, `booking.updated`, `booking.rescheduled`, `booking.cancelled`, `booking.status_changed`, …"),
  at: z.date(),
  /** Null when the acting account was deleted or the system acted. */
  actor: accountRef.nullable(),
  /** What changed, as `{ field: { from, to } }`; contact details appear by field name only, never by value. */
  changes: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
});
export type BookingHistoryEntry = z.infer<typeof bookingHistoryEntry>;

/** How many audit entries a booking's history shows at most (the latest ones). */
export const maxBookingHistoryEntries = 200;

/** Oldest first: the creation, then at most the latest `maxBookingHistoryEntries` audit entries. */
export const bookingHistory = z.object({ items: z.array(bookingHistoryEntry) });
export type BookingHistory = z.infer<typeof bookingHistory>;

export const availabilityOutput = z.object({
  date: z.string(),
  slotMinutes: z.number().int(),
  capacity: z.number().int(),
  slots: z.array(z.object({ time: z.string(), remaining: z.number().int().nonnegative() })),
});
export type Availability = z.infer<typeof availabilityOutput>;

/** One day at the venue for staff: covers per slot and every booking of the day. */
export const daySheet = z.object({
  date: z.string().describe("YYYY-MM-DD, venue-local"),
  slotMinutes: z.number().int(),
  capacity: z.number().int(),
  slots: z.array(
    z.object({
      time: z.string().describe("HH:MM, venue-local slot start"),
      booked: z.number().int().nonnegative().describe("Covers of PENDING, CONFIRMED and SEATED bookings overlapping the slot"),
      remaining: z.number().int().nonnegative(),
    }),
  ),
  bookings: z
    .array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        time: z.string().describe("HH:MM, venue-local start"),
        endTime: z.string().describe("HH:MM, venue-local end"),
        durationMinutes: z.number().int(),
        partySize: z.number().int(),
        status: bookingStatus,
        contactName: z.string(),
        internalNotes: z.string().nullable(),
        table: bookingTable,
      }),
    )
    .describe("Every booking of the day in every status, by start time then reference"),
});
export type DaySheet = z.infer<typeof daySheet>;

const count = z.number().int().nonnegative();

/** users.stats' bookings section: the day at the venue and the book as a whole. */
export const bookingStats = z.object({
  /** Bookings dated today (venue time), except cancelled ones. */
  today: count,
  /** PENDING or CONFIRMED bookings that have not started yet. */
  upcoming: count,
  byStatus: z.object({ PENDING: count, CONFIRMED: count, SEATED: count, COMPLETED: count, CANCELLED: count, NO_SHOW: count }),
  /** Guests expected or seated today: party sizes of today's bookings except cancelled and no-shows. */
  coversToday: count,
});
export type BookingStats = z.infer<typeof bookingStats>;
