/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { bookingLink, bookingsLink } from "../mail-links.ts";
import { BookingSummary } from "./booking-summary.tsx";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent the day before a booking. */
export function BookingReminder({ spec: { booking }, context }: TemplateProps<"booking-reminder">) {
  return (
    <MailLayout
      venueName={context.venueName}
      preview={`See you tomorrow at ${booking.time}: booking ${booking.reference}`}
      manageLink={bookingsLink(context.linkOrigin)}
    >
      <Heading as="h1" style={styles.heading}>
        See you tomorrow
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${booking.contactName},`}</Text>
      <Text style={styles.paragraph}>
        {`A reminder of your booking at ${context.venueName} tomorrow. If your plans have changed, please let us know by changing or cancelling the booking.`}
      </Text>
      <BookingSummary booking={booking} timezone={context.timezone} />
      <Section style={styles.buttonRow}>
        <Button href={bookingLink(context.linkOrigin, booking.id)} style={styles.button}>
          View or change your booking
        </Button>
      </Section>
    </MailLayout>
  );
}
