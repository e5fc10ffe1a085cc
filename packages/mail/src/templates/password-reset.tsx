/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { MailLayout } from "./mail-layout.tsx";
import * as styles from "./mail-styles.ts";
import type { TemplateProps } from "./template-props.ts";

/** Sent when someone asks to reset the account's password; the link is single-use and expires. */
export function PasswordReset({ spec: { name, resetUrl, expiresInMinutes }, context }: TemplateProps<"password-reset">) {
  const validity = expiresInMinutes === 1 ? "1 minute" : `${expiresInMinutes} minutes`;
  return (
    <MailLayout venueName={context.venueName} preview="Reset your password">
      <Heading as="h1" style={styles.heading}>
        Reset your password
      </Heading>
      <Text style={styles.paragraph}>{`Hello ${name},`}</Text>
      <Text style={styles.paragraph}>
        {`Someone asked to reset the password of your ${context.venueName} account. To choose a new password, use the link below. It is valid for ${validity} and works once.`}
      </Text>
      <Section style={styles.buttonRow}>
        <Button href={resetUrl} style={styles.button}>
          Choose a new password
        </Button>
      </Section>
      <Text style={styles.paragraph}>
        If the button does not work, copy this address into your browser:{" "}
        <Link href={resetUrl} style={styles.link}>
          {resetUrl}
        </Link>
      </Text>
      <Text style={styles.paragraph}>If you did not ask for this, ignore this email: your password is unchanged.</Text>
    </MailLayout>
  );
}
