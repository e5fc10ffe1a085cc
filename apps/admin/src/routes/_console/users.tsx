import { createFileRoute } from "@tanstack/react-router";
import { UsersPage, validateUsersSearch } from "../../features/users";

export const Route = createFileRoute("/_console/users")({
  validateSearch: validateUsersSearch,
  component: UsersRoute,
});

function UsersRoute() {
  const { user } = Route.useRouteContext();
  return <UsersPage search={Route.useSearch()} viewer={user} />;
}
