/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { bookingLink, bookingsLink } from "../mail-links.ts";
import { BookingSummary } from "./booking-summary.tsx";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent when a booking is made: still waiting for the venue (PENDING), or confirmed at once (auto-confirm). */
export function BookingReceived({ spec: { booking }, context }: TemplateProps<"booking-received">) {
  const pending = booking.status === "PENDING";
  const title = pending ? "We have received your booking" : "Your booking is confirmed";
  return (
    <MailLayout venueName={context.venueName} preview={`${title}: ${booking.reference}`} manageLink={bookingsLink(context.linkOrigin)}>
      <Heading as="h1" style={styles.heading}>
        {title}
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${booking.contactName},`}</Text>
      <Text style={styles.paragraph}>
        {pending
          ? `Thank you for booking with ${context.venueName}. The venue will confirm your booking soon, and we will email you when it does.`
          : `Thank you for booking with ${context.venueName}. Your table is confirmed: there is nothing more to do.`}
      </Text>
      <BookingSummary booking={booking} timezone={context.timezone} />
      <Section style={styles.buttonRow}>
        <Button href={bookingLink(context.linkOrigin, booking.id)} style={styles.button}>
          View your booking
        </Button>
      </Section>
    </MailLayout>
  );
}
