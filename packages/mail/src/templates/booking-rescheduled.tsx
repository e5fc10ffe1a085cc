/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { formatVenueMomentInZone } from "../mail-format.ts";
import { bookingLink, bookingsLink } from "../mail-links.ts";
import { BookingSummary, SummaryRow } from "./booking-summary.tsx";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent when a booking moves to another date or time: the old moment, then the new one in full. */
export function BookingRescheduled({ spec: { booking, previous }, context }: TemplateProps<"booking-rescheduled">) {
  const was = formatVenueMomentInZone(previous.date, previous.time, context.timezone);
  const now = formatVenueMomentInZone(booking.date, booking.time, context.timezone);
  return (
    <MailLayout venueName={context.venueName} preview={`Your booking ${booking.reference} has moved`} manageLink={bookingsLink(context.linkOrigin)}>
      <Heading as="h1" style={styles.heading}>
        Your booking has moved
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${booking.contactName},`}</Text>
      <Text style={styles.paragraph}>{`Your booking at ${context.venueName} has a new date and time.`}</Text>
      <Section style={styles.summaryBox}>
        <Text style={styles.summaryRow}>
          <strong>Was:</strong> <span style={styles.struck}>{was}</span>
        </Text>
        <SummaryRow label="Now" value={now} />
      </Section>
      <BookingSummary booking={booking} timezone={context.timezone} />
      <Section style={styles.buttonRow}>
        <Button href={bookingLink(context.linkOrigin, booking.id)} style={styles.button}>
          View your booking
        </Button>
      </Section>
    </MailLayout>
  );
}
