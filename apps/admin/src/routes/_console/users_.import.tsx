import { createFileRoute } from "@tanstack/react-router";
import { BulkCreatePage } from "../../features/users";

/** Bulk account creation from a CSV (ADMIN). Its parser loads only with this page. */
export const Route = createFileRoute("/_console/users_/import")({
  component: BulkCreateRoute,
});

function BulkCreateRoute() {
  const { user } = Route.useRouteContext();
  return <BulkCreatePage viewer={user} />;
}
