import { SkeletonText } from "@slotted/ui";
import { useNavigate } from "@tanstack/react-router";
import { ErrorNotice, PageHeading, useSession } from "@slotted/app-shell";
import type { BookSearch } from "./book-search.ts";
import { BookingFlow } from "./booking-flow.tsx";
import { useVenue } from "./venue.ts";

export function BookPage({ search }: { search: BookSearch }) {
  const venue = useVenue();
  const session = useSession();
  const navigate = useNavigate();

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <PageHeading title="Book a table" />
        <p className="text-muted-foreground">Choose a date and your party, pick a time with room, and confirm. It takes about a minute.</p>
      </div>
      {venue.isError ? (
        <ErrorNotice error={venue.error} title="We couldn't load the venue's booking rules" onRetry={() => void venue.refetch()} />
      ) : !venue.data || session.status === "loading" ? (
        <div aria-busy="true" aria-label="Loading the booking form">
          <SkeletonText lines={6} />
        </div>
      ) : (
        <BookingFlow
          venue={venue.data}
          search={search}
          contactDefaults={{ name: session.user?.name ?? "", email: session.user?.email ?? "" }}
          onSearchChange={(next) => void navigate({ to: "/book", search: next, replace: true, resetScroll: false })}
          onBooked={(booking) => void navigate({ to: "/book/confirmed/$bookingId", params: { bookingId: booking.id } })}
        />
      )}
    </div>
  );
}
