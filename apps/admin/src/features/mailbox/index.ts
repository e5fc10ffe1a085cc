export { MailboxPage } from "./mailbox-page.tsx";
export { validateMailboxSearch, type MailboxSearch } from "./mailbox-search.ts";
