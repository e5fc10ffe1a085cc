import { useRateLimitHold, useTRPC } from "@slotted/client";
import { changePolicyWording } from "@slotted/validators";
import { Banner, Button, SkeletonText } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useId, useState } from "react";
import { BookingFacts, BookingStatusBadge, useVenue } from "../booking";
import { ChangedNotice, ErrorNotice, formatLongDate, formatMoment, PageHeading, useBookingConflict, venueClock } from "@slotted/app-shell";
import { describeChanges } from "./booking-changes.ts";
import { CancelBookingDialog } from "./cancel-booking-dialog.tsx";
import { changeLockReason, type CustomerBooking } from "./change-lock.ts";
import { ReschedulePanel } from "./reschedule-panel.tsx";
import { VisitFeedbackSection } from "./visit-feedback-section.tsx";

type Outcome = { kind: "moved" | "cancelled"; booking: CustomerBooking } | null;

/** One booking: its details, and moving or cancelling it where the rules allow (saying why not). */
export function BookingDetailsPage({ bookingId }: { bookingId: string }) {
  const trpc = useTRPC();
  const booking = useQuery(trpc.bookings.byId.queryOptions({ id: bookingId }));
  const venue = useVenue();
  const conflict = useBookingConflict(booking.data, { latest: (id) => trpc.bookings.byId.queryOptions({ id }), describeChanges });
  const [rescheduling, setRescheduling] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const rescheduleHold = useRateLimitHold("bookings.reschedule");
  const cancelHold = useRateLimitHold("bookings.cancel");
  const writeHold = rescheduleHold ?? cancelHold;
  const lockId = useId();

  const title = booking.data ? `Booking ${booking.data.reference}` : "Your booking";
  const clock = venue.data ? venueClock(venue.data.timezone) : null;
  const lock = booking.data && venue.data && clock ? changeLockReason(booking.data, clock, venue.data.cancelCutoffMinutes) : null;
  const changeable = booking.data?.status === "PENDING" || booking.data?.status === "CONFIRMED";
  const reason = lock ?? (writeHold ? "Changes are paused for a moment after too many attempts: see the notice above." : null);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link to="/bookings" className="w-fit text-sm font-medium text-brand-700 underline underline-offset-4">
          Back to my bookings
        </Link>
        <PageHeading title={title} />
      </div>

      <ChangedNotice conflict={conflict} nextStep="We've loaded the latest version below. Check it, then try again if you still want to." />
      {outcome ? (
        <Banner tone="success" title={outcome.kind === "moved" ? "Booking moved" : "Booking cancelled"} onDismiss={() => setOutcome(null)}>
          {outcome.kind === "moved"
            ? `Your table is now on ${formatLongDate(outcome.booking.date)} at ${outcome.booking.time}.`
            : "Your table has been released. We hope to see you another time."}
        </Banner>
      ) : null}

      {booking.isError ? (
        <ErrorNotice error={booking.error} title="We couldn't load this booking" onRetry={() => void booking.refetch()} />
      ) : !booking.data ? (
        <SkeletonText lines={7} />
      ) : (
        <>
          <section aria-labelledby="details-heading" className="rounded-card border border-border bg-surface p-5 shadow-sm">
            <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
              <h2 id="details-heading" className="text-lg font-semibold text-foreground">
                Details
              </h2>
              <BookingStatusBadge status={booking.data.status} />
            </div>
            <BookingFacts booking={booking.data} />
            {booking.data.status === "CANCELLED" ? (
              <p className="mt-4 text-sm text-muted-foreground">
                Cancelled{booking.data.cancelledAt ? ` on ${formatMoment(booking.data.cancelledAt)}` : ""}
                {booking.data.cancelReason ? `: “${booking.data.cancelReason}”` : "."}
              </p>
            ) : null}
          </section>

          {clock ? <VisitFeedbackSection booking={booking.data} today={clock.date} /> : null}

          {rescheduling && venue.data && !lock ? (
            <ReschedulePanel
              booking={booking.data}
              venue={venue.data}
              explainConflict={conflict.explain}
              onClose={() => setRescheduling(false)}
              onMoved={(moved) => {
                setRescheduling(false);
                setOutcome({ kind: "moved", booking: moved });
              }}
            />
          ) : (
            <section aria-labelledby="actions-heading" className="flex flex-col gap-3">
              <h2 id="actions-heading" className="text-lg font-semibold text-foreground">
                Change of plan?
              </h2>
              {changeable && venue.data ? (
                <p className="text-sm text-muted-foreground">{changePolicyWording(venue.data.cancelCutoffMinutes)}; after that, please contact the venue.</p>
              ) : null}
              <div className="flex flex-col gap-3 sm:flex-row">
                <Button
                  type="button"
                  disabled={reason !== null || !venue.data}
                  aria-describedby={reason ? lockId : undefined}
                  onClick={() => {
                    setOutcome(null);
                    conflict.dismiss();
                    setRescheduling(true);
                  }}
                >
                  Move to another time
                </Button>
                <Button
                  type="button"
                  variant="destructive"
                  disabled={reason !== null || !venue.data}
                  aria-describedby={reason ? lockId : undefined}
                  onClick={() => {
                    setOutcome(null);
                    conflict.dismiss();
                    setCancelling(true);
                  }}
                >
                  Cancel booking
                </Button>
              </div>
              {reason ? (
                <p id={lockId} className="text-sm text-muted-foreground">
                  {reason}
                </p>
              ) : null}
            </section>
          )}

          <CancelBookingDialog
            booking={booking.data}
            open={cancelling}
            onOpenChange={setCancelling}
            explainConflict={conflict.explain}
            onCancelled={(cancelled) => setOutcome({ kind: "cancelled", booking: cancelled })}
          />
        </>
      )}
    </div>
  );
}
