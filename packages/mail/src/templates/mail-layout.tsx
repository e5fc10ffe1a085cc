/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Body, Container, Head, Hr, Html, Link, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";
import * as styles from "./mail-styles.ts";

export interface MailLayoutProps {
  venueName: string;
  /** The line inboxes show next to the subject. */
  preview: string;
  /** Booking mails point the reader at all their bookings from the footer. */
  manageLink?: string | undefined;
  children: ReactNode;
}

/** The frame every mail shares: the venue's name on top, why the mail came in the footer. */
export function MailLayout({ venueName, preview, manageLink, children }: MailLayoutProps) {
  return (
    <Html lang="en" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.page}>
        <Container style={styles.card}>
          <Text style={styles.venueHeader}>{venueName}</Text>
          {children}
          <Hr style={styles.rule} />
          {manageLink ? (
            <Text style={styles.footer}>
              <Link href={manageLink} style={styles.link}>
                Manage your bookings
              </Link>
            </Text>
          ) : null}
          <Text style={styles.footer}>
            {`This email was sent by ${venueName} about your account or bookings. Please do not reply to it.`}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
