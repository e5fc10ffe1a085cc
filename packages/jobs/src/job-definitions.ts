import { z } from "zod";

const venueDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const venueTime = z.string().regex(/^\d{2}:\d{2}$/);

/**
 * Every queue and the payload its jobs carry. Payloads hold IDs and the facts a handler must
 * re-check, never secrets: a reset token is minted by the job itself, so it is never stored.
 */
export const jobPayloads = {
  /** A booking event the customer hears about (received on create; confirmed, cancelled, rescheduled). */
  "booking-mail": z.object({
    bookingId: z.uuid(),
    event: z.enum(["received", "confirmed", "cancelled", "rescheduled"]),
    /** Who cancelled: the venue's staff or the customer. */
    byVenue: z.boolean().default(false),
    previous: z.object({ date: venueDate, time: venueTime }).optional(),
    /**
     * Only when the same transaction erases the booking's contact details (account deletion):
     * where the mail goes, as it was before. Dropped from the queue with the job's retention.
     */
    recipient: z.object({ email: z.string(), name: z.string() }).optional(),
  }),
  /** Sent 24 h before the start, only if the booking is still active at that date and time. */
  "booking-reminder": z.object({ bookingId: z.uuid(), date: venueDate, time: venueTime }),
  /** Mints a reset token for the address's account, if one exists, and mails the link. */
  "password-reset-mail": z.object({ email: z.string() }),
  /** Mints a verification token and mails the link, unless the address is already verified. */
  "verification-mail": z.object({ userId: z.uuid() }),
  /** Cron: removes expired sessions, idempotency keys and account tokens. */
  "sweep-expired": z.object({}),
} as const;

export type JobName = keyof typeof jobPayloads;
export type JobData<N extends JobName> = z.input<(typeof jobPayloads)[N]>;
export type ParsedJobData<N extends JobName> = z.output<(typeof jobPayloads)[N]>;

export const jobNames = Object.keys(jobPayloads) as JobName[];

/** Where a job goes after its last failed try: kept for an operator, never run. */
export const deadLetterQueue = "failed-jobs";

/** The sweep's schedule (pg-boss cron: one run per cluster, not per process). */
export const sweepSchedule = "*/10 * * * *";
