import { hasPermission } from "@slotted/validators";
import { createFileRoute, Outlet, useLocation } from "@tanstack/react-router";
import { MissingPermissionPage, sectionOfPath } from "../../features/access";

/**
 * Pages not every staff role may use (system, audit, mailbox, tables): each needs its section's
 * permission, as the server's procedures do. Anyone without it who follows a link here is told
 * why instead of seeing a page of 403s; the pages below fetch in their components, so nothing
 * is requested for them.
 */
export const Route = createFileRoute("/_console/_admin")({
  component: PermittedPages,
});

function PermittedPages() {
  const { user } = Route.useRouteContext();
  const section = sectionOfPath(useLocation({ select: (location) => location.pathname }));
  // A path in this layout that names no section is refused: a new page must declare its permission.
  if (!section) return <MissingPermissionPage role={user.role} permission="system:read" />;
  return hasPermission(user.role, section.permission) ? <Outlet /> : <MissingPermissionPage role={user.role} permission={section.permission} />;
}
