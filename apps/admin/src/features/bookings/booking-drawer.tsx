import {
  ChangedNotice,
  DetailList,
  ErrorNotice,
  formatDuration,
  formatGuests,
  formatLongDate,
  formatMoment,
  useBookingConflict,
  type Detail,
} from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { Sheet, SheetContent, SkeletonText } from "@slotted/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { BookingHistory } from "./booking-history.tsx";
import { BookingStatusBadge } from "./booking-status-badge.tsx";
import { invalidateBookingViews } from "./booking-views.ts";
import { describeBookingChanges, type StaffBooking } from "./booking-words.ts";
import { InternalNotesEditor } from "./internal-notes-editor.tsx";
import { StatusActions } from "./status-actions.tsx";
import { useVenue } from "./use-venue.ts";
import { VisitFeedback } from "./visit-feedback.tsx";

interface BookingDrawerProps {
  /** The `booking` of the URL; the drawer is open while there is one. */
  bookingId: string | undefined;
  onClose: () => void;
}

/** A booking in a side drawer over either view: details, status moves, internal notes, history. */
export function BookingDrawer({ bookingId, onClose }: BookingDrawerProps) {
  return (
    <Sheet open={bookingId !== undefined} onOpenChange={(open) => (open ? undefined : onClose())}>
      {/* Keyed, so nothing typed for one booking (a note, a draft) carries over to the next. */}
      {bookingId ? <BookingDrawerContent key={bookingId} bookingId={bookingId} /> : null}
    </Sheet>
  );
}

function BookingDrawerContent({ bookingId }: { bookingId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const booking = useQuery(trpc.bookings.adminById.queryOptions({ id: bookingId }));
  const venue = useVenue();
  const conflict = useBookingConflict(booking.data, {
    latest: (id) => trpc.bookings.adminById.queryOptions({ id }),
    describeChanges: describeBookingChanges,
    // The list, the day sheet and the history may all show the old booking.
    onChanged: (id) => invalidateBookingViews(queryClient, trpc, id),
  });
  const data = booking.data;

  return (
    <SheetContent
      title={data ? `Booking ${data.reference}` : "Booking"}
      description={data ? `${formatLongDate(data.date)}, ${data.time}–${data.endTime}` : undefined}
      closeLabel="Close booking"
    >
      {booking.isError && !data ? (
        <ErrorNotice error={booking.error} title="We couldn't load this booking" onRetry={() => void booking.refetch()} />
      ) : !data ? (
        <div role="status" aria-label="Loading the booking" className="flex flex-col gap-6">
          <SkeletonText lines={6} />
          <SkeletonText lines={3} />
        </div>
      ) : (
        <>
          <ChangedNotice
            conflict={conflict}
            nextStep="Nothing of yours was saved. The latest version is shown below: check it, then try again if you still want to."
          />
          <BookingDetails booking={data} timeZone={venue.data?.timezone} />
          <StatusActions booking={data} explainConflict={conflict.explain} />
          <InternalNotesEditor booking={data} explainConflict={conflict.explain} />
          <BookingHistory bookingId={data.id} timeZone={venue.data?.timezone} />
        </>
      )}
    </SheetContent>
  );
}

function BookingDetails({ booking, timeZone }: { booking: StaffBooking; timeZone: string | undefined }) {
  const rows: Detail[] = [
    ["Status", <BookingStatusBadge key="status" status={booking.status} />],
    ["Date", formatLongDate(booking.date)],
    ["Time", `${booking.time} to ${booking.endTime} (${formatDuration(booking.durationMinutes)})`],
    ["Party", formatGuests(booking.partySize)],
    ["Name", booking.contactName],
    [
      "Email",
      <a key="email" href={`mailto:${booking.contactEmail}`} className="break-all text-brand-700 underline underline-offset-4">
        {booking.contactEmail}
      </a>,
    ],
    [
      "Phone",
      <a key="phone" href={`tel:${booking.contactPhone}`} className="text-brand-700 underline underline-offset-4">
        {booking.contactPhone}
      </a>,
    ],
    ["Requests", booking.specialRequests ?? <span className="text-muted-foreground">None</span>],
    [
      "Customer",
      <span key="customer" className="flex flex-wrap gap-x-4 gap-y-1">
        <Link to="/users" search={{ user: booking.customer.id }} className="text-brand-700 underline underline-offset-4">
          {booking.customer.name}
          <span className="sr-only"> (customer account)</span>
        </Link>
        <Link from="/bookings" to="." search={{ view: "list", customer: booking.customer.id }} className="text-brand-700 underline underline-offset-4">
          All their bookings
        </Link>
      </span>,
    ],
    ["Booked", formatMoment(booking.createdAt, { locale: "en-GB", timeZone })],
  ];
  if (booking.status === "CANCELLED" && booking.cancelledAt) {
    rows.push(["Cancelled", `${formatMoment(booking.cancelledAt, { locale: "en-GB", timeZone })}${booking.cancelReason ? `: “${booking.cancelReason}”` : ""}`]);
    if (booking.cancelledLate) rows.push(["Late", "Cancelled by staff inside the customers' change cut-off"]);
  }
  if (booking.feedback) rows.push(["Rating", <VisitFeedback key="rating" feedback={booking.feedback} />]);

  return (
    <section aria-label="Details">
      <DetailList details={rows} className="sm:grid-cols-[7rem_1fr]" />
    </section>
  );
}
