import { createFileRoute } from "@tanstack/react-router";
import { BookingsPage, validateBookingsSearch } from "../../features/my-bookings";

export const Route = createFileRoute("/_authed/bookings/")({
  validateSearch: validateBookingsSearch,
  component: BookingsRoute,
});

function BookingsRoute() {
  return <BookingsPage search={Route.useSearch()} />;
}
