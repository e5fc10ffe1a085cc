import type { RouterOutputs } from "@slotted/client";
import { Skeleton } from "@slotted/ui";
import { Link } from "@tanstack/react-router";
import { formatGuests, formatShortDate } from "@slotted/app-shell";
import { BookingStatusBadge } from "../booking";

type BookingRow = RouterOutputs["bookings"]["list"]["items"][number];

/** Each booking as one link to its page: date and time first, then party, reference, status. */
export function BookingList({ bookings }: { bookings: readonly BookingRow[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <Link
            to="/bookings/$bookingId"
            params={{ bookingId: booking.id }}
            className="flex flex-col gap-2 rounded-card border border-border bg-surface p-4 shadow-sm hover:border-brand-300 hover:bg-brand-50 sm:flex-row sm:items-center sm:justify-between"
          >
            <span className="flex flex-col">
              <span className="font-semibold text-foreground">
                {formatShortDate(booking.date, { withYear: false })}, <span className="tabular-nums">{booking.time}</span>
                <span className="sr-only"> to </span>
                <span aria-hidden="true">–</span>
                <span className="tabular-nums">{booking.endTime}</span>
              </span>
              <span className="text-sm text-muted-foreground">
                {formatGuests(booking.partySize)} · Reference <span className="font-mono">{booking.reference}</span>
              </span>
            </span>
            <span className="self-start sm:self-auto">
              <BookingStatusBadge status={booking.status} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The list's shape while it loads. */
export function BookingListSkeleton() {
  return (
    <ul className="flex flex-col gap-3" aria-hidden="true">
      {Array.from({ length: 4 }, (_, index) => (
        <li key={index} className="flex items-center justify-between gap-4 rounded-card border border-border bg-surface p-4">
          <span className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-56 max-w-full" />
          </span>
          <Skeleton className="h-6 w-24" />
        </li>
      ))}
    </ul>
  );
}
