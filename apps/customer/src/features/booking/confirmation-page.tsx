import { useTRPC } from "@slotted/client";
import { Banner, Button, SkeletonText } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ErrorNotice, formatLongDate, PageHeading } from "@slotted/app-shell";
import { BookingFacts } from "./booking-facts.tsx";
import { BookingStatusBadge } from "./booking-status-badge.tsx";

/** After a booking is made: the reference to keep, and what happens next. */
export function ConfirmationPage({ bookingId }: { bookingId: string }) {
  const trpc = useTRPC();
  const booking = useQuery(trpc.bookings.byId.queryOptions({ id: bookingId }));
  const pending = booking.data?.status === "PENDING";

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={pending ? "Booking received" : "You're booked"} />
      {booking.isError ? (
        <ErrorNotice error={booking.error} title="We couldn't load your booking" onRetry={() => void booking.refetch()} />
      ) : !booking.data ? (
        <SkeletonText lines={6} />
      ) : (
        <>
          <Banner tone="success" title={`Booking reference ${booking.data.reference}`}>
            {pending
              ? `The venue will confirm your table for ${formatLongDate(booking.data.date)} at ${booking.data.time}. Keep the reference handy.`
              : `Your table is held for ${formatLongDate(booking.data.date)} at ${booking.data.time}. Keep the reference handy.`}
          </Banner>
          <section aria-labelledby="booking-details-heading" className="rounded-card border border-border bg-surface p-5 shadow-sm">
            <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
              <h2 id="booking-details-heading" className="text-lg font-semibold text-foreground">
                Your booking
              </h2>
              <BookingStatusBadge status={booking.data.status} />
            </div>
            <BookingFacts booking={booking.data} />
          </section>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button asChild size="lg">
              <Link to="/bookings/$bookingId" params={{ bookingId }}>
                Change or cancel this booking
              </Link>
            </Button>
            <Button asChild size="lg" variant="secondary">
              <Link to="/bookings">See all my bookings</Link>
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
