import type { RouterOutputs } from "@slotted/client";
import { Button } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { CalendarDays } from "lucide-react";

/**
 * To this person's bookings: the bookings list searched by their email (the list matches contact
 * emails; it has no filter by account in its URL).
 */
export function UserBookingsLink({ user }: { user: Pick<RouterOutputs["users"]["byId"], "email" | "name"> }) {
  return (
    <Button asChild variant="secondary" className="self-start">
      <Link to="/bookings" search={{ view: "list", q: user.email }}>
        <CalendarDays aria-hidden="true" />
        See {user.name}'s bookings
      </Link>
    </Button>
  );
}
