/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { bookAgainLink, bookingsLink } from "../mail-links.ts";
import { BookingSummary } from "./booking-summary.tsx";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent when a booking is cancelled, by the customer or by the venue (then with its reason, if it gave one). */
export function BookingCancelled({ spec: { booking, reason, byVenue }, context }: TemplateProps<"booking-cancelled">) {
  const trimmedReason = reason?.trim();
  return (
    <MailLayout
      venueName={context.venueName}
      preview={`Your booking ${booking.reference} is cancelled`}
      manageLink={bookingsLink(context.linkOrigin)}
    >
      <Heading as="h1" style={styles.heading}>
        Your booking is cancelled
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${booking.contactName},`}</Text>
      <Text style={styles.paragraph}>
        {byVenue
          ? `We are sorry: ${context.venueName} has had to cancel your booking.`
          : `Your booking at ${context.venueName} has been cancelled, as you asked.`}
      </Text>
      {trimmedReason ? <Text style={styles.paragraph}>{`Reason: ${trimmedReason}`}</Text> : null}
      <BookingSummary booking={booking} timezone={context.timezone} />
      <Text style={styles.paragraph}>We would be glad to welcome you another time.</Text>
      <Section style={styles.buttonRow}>
        <Button href={bookAgainLink(context.linkOrigin)} style={styles.button}>
          Book again
        </Button>
      </Section>
    </MailLayout>
  );
}
