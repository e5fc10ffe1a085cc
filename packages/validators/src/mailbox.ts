import { z } from "zod";
import { paginationInput } from "./pagination.ts";

export const listMailboxInput = paginationInput.strict();
export type ListMailboxInput = z.infer<typeof listMailboxInput>;

/** A mail as the development mailbox kept it (outside production, with no SMTP_URL). */
export const devMail = z.object({
  id: z.uuid(),
  /** The job that sent it: the same ID as in the worker's log lines. */
  jobId: z.string(),
  template: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.date(),
});
export type DevMail = z.infer<typeof devMail>;
