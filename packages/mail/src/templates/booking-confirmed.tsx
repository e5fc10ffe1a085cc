/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { bookingLink, bookingsLink } from "../mail-links.ts";
import { BookingSummary } from "./booking-summary.tsx";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent when the venue confirms a pending booking. */
export function BookingConfirmed({ spec: { booking }, context }: TemplateProps<"booking-confirmed">) {
  return (
    <MailLayout
      venueName={context.venueName}
      preview={`Your booking ${booking.reference} is confirmed`}
      manageLink={bookingsLink(context.linkOrigin)}
    >
      <Heading as="h1" style={styles.heading}>
        Your booking is confirmed
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${booking.contactName},`}</Text>
      <Text style={styles.paragraph}>{`${context.venueName} has confirmed your booking. We look forward to seeing you.`}</Text>
      <BookingSummary booking={booking} timezone={context.timezone} />
      <Section style={styles.buttonRow}>
        <Button href={bookingLink(context.linkOrigin, booking.id)} style={styles.button}>
          View your booking
        </Button>
      </Section>
    </MailLayout>
  );
}
