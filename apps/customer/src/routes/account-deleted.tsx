import { createFileRoute } from "@tanstack/react-router";
import { AccountDeletedPage, validateAccountDeletedSearch } from "../features/account";

/** Public: the account it confirms no longer has a session. */
export const Route = createFileRoute("/account-deleted")({
  validateSearch: validateAccountDeletedSearch,
  component: AccountDeletedRoute,
});

function AccountDeletedRoute() {
  const { cancelled } = Route.useSearch();
  return <AccountDeletedPage cancelledBookings={cancelled} />;
}
