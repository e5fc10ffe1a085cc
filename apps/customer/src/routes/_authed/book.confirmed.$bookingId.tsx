import { createFileRoute, notFound } from "@tanstack/react-router";
import { ConfirmationPage } from "../../features/booking";
import { isUuid } from "../../lib/uuid.ts";

export const Route = createFileRoute("/_authed/book/confirmed/$bookingId")({
  beforeLoad: ({ params }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's not-found protocol
    if (!isUuid(params.bookingId)) throw notFound();
  },
  component: ConfirmationRoute,
});

function ConfirmationRoute() {
  const { bookingId } = Route.useParams();
  return <ConfirmationPage bookingId={bookingId} />;
}
