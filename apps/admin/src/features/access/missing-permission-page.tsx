import { PageHeading } from "@slotted/app-shell";
import { Button, EmptyState } from "@slotted/ui";
import type { Permission } from "@slotted/validators";
import { Link } from "@tanstack/react-router";
import { permissionPurpose } from "./console-sections.ts";
import type { StaffRole } from "./staff-session.ts";

/** A page the account's role may not use (reached by a shared link, say): why not, and where to go instead. */
export function MissingPermissionPage({ role, permission }: { role: StaffRole; permission: Permission }) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Not available to your role" />
      <EmptyState
        title="This page is not for your role"
        description={`Your account has the ${role} role, which cannot ${permissionPurpose[permission]}. Ask an admin if you need this page.`}
        action={
          <Button asChild>
            <Link to="/">Go to the dashboard</Link>
          </Button>
        }
      />
    </div>
  );
}
