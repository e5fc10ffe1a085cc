import { createFileRoute, Outlet } from "@tanstack/react-router";
import { AdminOnlyPage } from "../../features/access";

/**
 * System and audit pages: ADMIN only, as the server's procedures are. STAFF who follow a link
 * here are told why instead of seeing a page of 403s; the pages below fetch in their
 * components, so nothing is requested for them.
 */
export const Route = createFileRoute("/_console/_admin")({
  component: AdminPages,
});

function AdminPages() {
  const { user } = Route.useRouteContext();
  return user.role === "ADMIN" ? <Outlet /> : <AdminOnlyPage />;
}
