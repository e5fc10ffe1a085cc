/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Section, Text } from "@react-email/components";
import type { BookingFacts } from "../mail-spec.ts";
import { formatDuration, formatGuests, formatVenueMomentInZone } from "../mail-format.ts";
import * as styles from "./mail-styles.ts";

/** "Label: value", the value one text node so the HTML carries it whole. */
export function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <Text style={styles.summaryRow}>
      <strong>{`${label}:`}</strong>
      {` ${value}`}
    </Text>
  );
}

export interface BookingSummaryProps {
  booking: BookingFacts;
  timezone: string;
}

/** The facts of one booking, as every booking mail repeats them. */
export function BookingSummary({ booking, timezone }: BookingSummaryProps) {
  return (
    <Section style={styles.summaryBox}>
      <SummaryRow label="Reference" value={booking.reference} />
      <SummaryRow label="When" value={formatVenueMomentInZone(booking.date, booking.time, timezone)} />
      <SummaryRow label="Duration" value={formatDuration(booking.durationMinutes)} />
      <SummaryRow label="Party size" value={formatGuests(booking.partySize)} />
      <SummaryRow label="Name" value={booking.contactName} />
    </Section>
  );
}
