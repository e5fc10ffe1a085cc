import { PageHeading } from "@slotted/app-shell";
import { Button } from "@slotted/ui";
import { Link } from "@tanstack/react-router";

/** Where a deleted account lands, signed out: what happened, and the way back in if they want one. */
export function AccountDeletedPage({ cancelledBookings }: { cancelledBookings: number | undefined }) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Your account is deleted" />
      <div className="flex max-w-prose flex-col gap-3 text-foreground">
        <p>You are signed out everywhere, and your personal details are erased from your bookings.</p>
        {cancelledBookings ? (
          <p>
            We cancelled {cancelledBookings === 1 ? "your upcoming booking" : `your ${cancelledBookings} upcoming bookings`} and emailed you about{" "}
            {cancelledBookings === 1 ? "it" : "each"}.
          </p>
        ) : null}
        <p>Thank you for booking with us. You're welcome to create a new account whenever you like.</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link to="/">Back to the start</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link to="/sign-up">Create a new account</Link>
        </Button>
      </div>
    </div>
  );
}
