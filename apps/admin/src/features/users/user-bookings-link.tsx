import type { RouterOutputs } from "@slotted/client";
import { Button } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { CalendarDays } from "lucide-react";

/** To this person's bookings in the bookings list. */
export function UserBookingsLink({ user }: { user: Pick<RouterOutputs["users"]["byId"], "id" | "email" | "name"> }) {
  return (
    <Button asChild variant="secondary" className="self-start">
      <Link to="/bookings">
        <CalendarDays aria-hidden="true" />
        See {user.name}'s bookings
      </Link>
    </Button>
  );
}
