import { createFileRoute, notFound } from "@tanstack/react-router";
import { BookingDetailsPage } from "../../features/my-bookings";
import { isUuid } from "../../lib/uuid.ts";

export const Route = createFileRoute("/_authed/bookings/$bookingId")({
  beforeLoad: ({ params }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's not-found protocol
    if (!isUuid(params.bookingId)) throw notFound();
  },
  component: BookingDetailsRoute,
});

function BookingDetailsRoute() {
  const { bookingId } = Route.useParams();
  return <BookingDetailsPage bookingId={bookingId} />;
}
