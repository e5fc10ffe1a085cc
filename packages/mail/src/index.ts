export type { BookingFacts, MailSpec, MailTemplateName, MailContext, RenderedMail, OutgoingMail } from "./mail-spec.ts";
export { renderMail } from "./render-mail.ts";
export { createMailer, type Mailer, type MailerDependencies } from "./create-mailer.ts";
export { maskRecipient } from "./mask-recipient.ts";
