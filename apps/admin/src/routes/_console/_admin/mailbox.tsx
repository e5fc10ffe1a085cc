import { createFileRoute } from "@tanstack/react-router";
import { MailboxPage, validateMailboxSearch } from "../../../features/mailbox";

/** The development mailbox; the `_admin` layout shows STAFF why not instead. */
export const Route = createFileRoute("/_console/_admin/mailbox")({
  validateSearch: validateMailboxSearch,
  component: MailboxRoute,
});

function MailboxRoute() {
  return <MailboxPage search={Route.useSearch()} />;
}
