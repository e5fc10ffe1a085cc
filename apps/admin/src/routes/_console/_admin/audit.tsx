import { createFileRoute } from "@tanstack/react-router";
import { AuditPage, validateAuditSearch } from "../../../features/audit";

/** The audit log; the `_admin` layout shows STAFF why not instead. */
export const Route = createFileRoute("/_console/_admin/audit")({
  validateSearch: validateAuditSearch,
  component: AuditRoute,
});

function AuditRoute() {
  return <AuditPage search={Route.useSearch()} />;
}
