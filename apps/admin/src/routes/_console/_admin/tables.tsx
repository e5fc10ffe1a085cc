import { createFileRoute } from "@tanstack/react-router";
import { TablesPage } from "../../../features/tables";

/** The venue's tables (tables:manage, ADMIN only); the `_admin` layout shows STAFF why not instead. */
export const Route = createFileRoute("/_console/_admin/tables")({
  component: TablesPage,
});
