import type { RouterOutputs } from "@slotted/client";
import { Button } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { CalendarDays } from "lucide-react";

/** To this account's bookings: the bookings list filtered by the account (`customerId`). */
export function UserBookingsLink({ user }: { user: Pick<RouterOutputs["users"]["byId"], "id" | "name"> }) {
  return (
    <Button asChild variant="secondary" className="self-start">
      <Link to="/bookings" search={{ view: "list", customer: user.id }}>
        <CalendarDays aria-hidden="true" />
        See {user.name}'s bookings
      </Link>
    </Button>
  );
}
