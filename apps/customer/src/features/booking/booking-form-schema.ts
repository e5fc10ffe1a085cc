import { bookingDate, bookingSlotIssues, bookingTime, createBookingInput, emailAddress, personName, phoneNumber } from "@slotted/validators";
import { z } from "zod";
import { venueClock } from "@slotted/app-shell";
import type { Venue } from "./venue.ts";
import { venueRules } from "./venue-rules.ts";

/**
 * What the booking form checks before anything is sent: the server's own `createBookingInput`,
 * with the contact fields required here (they are prefilled from the account), the phone
 * checked against the venue's region, and the venue rules (`bookingSlotIssues`) on date, time
 * and duration, with the same messages the server would answer.
 */
export function bookingFormSchema(venue: Venue) {
  const rules = venueRules(venue);
  return createBookingInput
    .omit({ idempotencyKey: true })
    .extend({
      // Date and time are picked, not typed: an empty one needs a plain "choose" message.
      date: z.string().min(1, { error: "Choose a date." }).pipe(bookingDate),
      time: z.string().min(1, { error: "Choose a start time." }).pipe(bookingTime),
      contactName: personName,
      contactEmail: emailAddress,
      contactPhone: phoneNumber(venue.phoneRegion),
    })
    .superRefine((value, ctx) => {
      for (const issue of bookingSlotIssues(rules, value, venueClock(venue.timezone))) {
        ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
      }
    });
}

export type BookingFormSchema = ReturnType<typeof bookingFormSchema>;
export type BookingFormValues = z.input<BookingFormSchema>;
export type BookingDraft = z.output<BookingFormSchema>;

/** Every field of the form, in the order they appear: server issues land on these paths. */
export const bookingFormFields = [
  "date",
  "partySize",
  "durationMinutes",
  "time",
  "contactName",
  "contactEmail",
  "contactPhone",
  "specialRequests",
] as const satisfies readonly (keyof BookingFormValues)[];
