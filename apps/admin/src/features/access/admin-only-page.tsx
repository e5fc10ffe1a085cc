import { PageHeading } from "@slotted/app-shell";
import { Button, EmptyState } from "@slotted/ui";
import { Link } from "@tanstack/react-router";

/** A STAFF account on an ADMIN page (a shared link, say): why not, and where to go instead. */
export function AdminOnlyPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Admins only" />
      <EmptyState
        title="This page is for admins"
        description="Your account has the STAFF role: you can run bookings and see users, while system health and the audit log are kept for admins."
        action={
          <Button asChild>
            <Link to="/">Go to the dashboard</Link>
          </Button>
        }
      />
    </div>
  );
}
