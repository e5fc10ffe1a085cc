import type { MailContext, MailSpec, MailTemplateName } from "../mail-spec.ts";

/** A template's props: its own variant of the spec and the venue-wide context. */
export interface TemplateProps<T extends MailTemplateName> {
  spec: Extract<MailSpec, { template: T }>;
  context: MailContext;
}
