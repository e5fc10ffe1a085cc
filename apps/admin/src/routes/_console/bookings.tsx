import { createFileRoute } from "@tanstack/react-router";
import { BookingsPage, validateBookingsSearch } from "../../features/bookings";

/** The day sheet and the list of every booking, for STAFF and ADMIN; `?booking=<id>` opens one. */
export const Route = createFileRoute("/_console/bookings")({
  validateSearch: validateBookingsSearch,
  component: BookingsRoute,
});

function BookingsRoute() {
  return <BookingsPage search={Route.useSearch()} />;
}
