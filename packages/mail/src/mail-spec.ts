/**
 * What a job asks to send: one variant per template, carrying only the facts the mail shows.
 * Dates and times are the venue's own (`YYYY-MM-DD`, `HH:MM`), as bookings store them.
 */
export interface BookingFacts {
  id: string;
  reference: string;
  date: string;
  time: string;
  durationMinutes: number;
  partySize: number;
  contactName: string;
  status: "PENDING" | "CONFIRMED" | "SEATED" | "COMPLETED" | "CANCELLED" | "NO_SHOW";
}

export type MailSpec =
  | { template: "booking-received"; to: string; booking: BookingFacts }
  | { template: "booking-confirmed"; to: string; booking: BookingFacts }
  | { template: "booking-cancelled"; to: string; booking: BookingFacts; reason: string | null; byVenue: boolean }
  | { template: "booking-rescheduled"; to: string; booking: BookingFacts; previous: { date: string; time: string } }
  | { template: "booking-reminder"; to: string; booking: BookingFacts }
  | { template: "password-reset"; to: string; name: string; resetUrl: string; expiresInMinutes: number }
  | { template: "verify-email"; to: string; name: string; verifyUrl: string };

export type MailTemplateName = MailSpec["template"];

/** The venue-wide facts every template may show. */
export interface MailContext {
  venueName: string;
  /** IANA zone the booking times are in, shown next to them. */
  timezone: string;
  /** Origin of the customer app, e.g. https://slotted.example.com: every link starts with it. */
  linkOrigin: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** A rendered mail on its way out, tagged with the job that sends it. */
export interface OutgoingMail extends RenderedMail {
  jobId: string;
  template: MailTemplateName;
  to: string;
}
