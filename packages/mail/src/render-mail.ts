// Every template starts with `@jsxRuntime automatic` / `@jsxImportSource react` pragmas: tsx (the
// worker and `pnpm dev` from source) compiles files outside the running project's tsconfig with
// the classic runtime, where JSX would need a `React` in scope.
import { render } from "@react-email/components";
import { createElement, type ReactElement } from "react";
import type { MailContext, MailSpec, RenderedMail } from "./mail-spec.ts";
import { BookingCancelled } from "./templates/booking-cancelled.tsx";
import { BookingConfirmed } from "./templates/booking-confirmed.tsx";
import { BookingReceived } from "./templates/booking-received.tsx";
import { BookingReminder } from "./templates/booking-reminder.tsx";
import { BookingRescheduled } from "./templates/booking-rescheduled.tsx";
import { PasswordReset } from "./templates/password-reset.tsx";
import { VerifyEmail } from "./templates/verify-email.tsx";

interface MailContent {
  subject: string;
  element: ReactElement;
}

/** The subject and the React element of one spec; the switch fails to compile when a template is left out. */
function mailContent(spec: MailSpec, context: MailContext): MailContent {
  const venue = context.venueName;
  switch (spec.template) {
    case "booking-received":
      return {
        subject:
          spec.booking.status === "PENDING"
            ? `Booking ${spec.booking.reference} received — ${venue}`
            : `Booking ${spec.booking.reference} confirmed — ${venue}`,
        element: createElement(BookingReceived, { spec, context }),
      };
    case "booking-confirmed":
      return {
        subject: `Booking ${spec.booking.reference} confirmed — ${venue}`,
        element: createElement(BookingConfirmed, { spec, context }),
      };
    case "booking-cancelled":
      return {
        subject: `Booking ${spec.booking.reference} cancelled — ${venue}`,
        element: createElement(BookingCancelled, { spec, context }),
      };
    case "booking-rescheduled":
      return {
        subject: `Booking ${spec.booking.reference} moved — ${venue}`,
        element: createElement(BookingRescheduled, { spec, context }),
      };
    case "booking-reminder":
      return {
        subject: `Reminder: booking ${spec.booking.reference} tomorrow at ${spec.booking.time} — ${venue}`,
        element: createElement(BookingReminder, { spec, context }),
      };
    case "password-reset":
      return { subject: `Reset your password — ${venue}`, element: createElement(PasswordReset, { spec, context }) };
    case "verify-email":
      return { subject: `Confirm your email address — ${venue}`, element: createElement(VerifyEmail, { spec, context }) };
    default: {
      const unknown: never = spec;
      throw new Error(`No mail template for ${JSON.stringify(unknown)}`);
    }
  }
}

// html-to-text shouts headings in capitals by default; the plain part reads better as written.
const plainTextOptions = {
  plainText: true,
  htmlToTextOptions: {
    selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  },
} as const;

/** One spec as a mail: subject, HTML and a plain-text part for clients (and filters) that want it. */
export async function renderMail(spec: MailSpec, context: MailContext): Promise<RenderedMail> {
  const { subject, element } = mailContent(spec, context);
  const [html, text] = await Promise.all([render(element), render(element, plainTextOptions)]);
  return { subject, html, text };
}
