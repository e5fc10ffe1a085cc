import { Button, EmptyState } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { PageHeading } from "./page-heading.tsx";

/** Unknown addresses (and bookings that are not yours) land here, inside the layout. */
export function NotFoundPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Page not found" />
      <EmptyState
        title="We couldn't find that page"
        description="The link may be out of date, or the page may have moved."
        action={
          <Button asChild>
            <Link to="/">Go to the home page</Link>
          </Button>
        }
      />
    </div>
  );
}
