/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent after sign-up (or on request) to prove the address belongs to the account's owner. */
export function VerifyEmail({ spec: { name, verifyUrl }, context }: TemplateProps<"verify-email">) {
  return (
    <MailLayout venueName={context.venueName} preview="Confirm your email address">
      <Heading as="h1" style={styles.heading}>
        Confirm your email address
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${name},`}</Text>
      <Text style={styles.paragraph}>{`Please confirm that this is the email address of your ${context.venueName} account.`}</Text>
      <Section style={styles.buttonRow}>
        <Button href={verifyUrl} style={styles.button}>
          Confirm my email address
        </Button>
      </Section>
      <Text style={styles.paragraph}>
        If the button does not work, copy this address into your browser:{" "}
        <Link href={verifyUrl} style={styles.link}>
          {verifyUrl}
        </Link>
      </Text>
      <Text style={styles.paragraph}>If you did not create an account, you can ignore this email.</Text>
    </MailLayout>
  );
}
