import { readInteger, readPattern } from "@slotted/app-shell";
import type { RouterInputs } from "@slotted/client";
import type { SearchSchemaInput } from "@tanstack/react-router";

export const mailboxPerPage = 20;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/mailbox?page=2&mail=<id>`: the page of mails, and the one open below the list. */
export interface MailboxSearch {
  page?: number | undefined;
  mail?: string | undefined;
}

/** Reads the mailbox page's URL; a bad or stale value is dropped. */
export function validateMailboxSearch(input: Partial<MailboxSearch> & SearchSchemaInput): MailboxSearch {
  const raw: Record<string, unknown> = input;
  return { page: readInteger(raw.page, 1, 100_000), mail: readPattern(raw.mail, uuidPattern)?.toLowerCase() };
}

/** The `mailbox.list` input a URL stands for. */
export function mailboxListInput(search: MailboxSearch): RouterInputs["mailbox"]["list"] {
  return { page: search.page ?? 1, perPage: mailboxPerPage };
}
