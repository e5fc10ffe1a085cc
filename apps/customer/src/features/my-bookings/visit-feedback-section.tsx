import { feedbackWindowDays } from "@slotted/validators";
import type { CustomerBooking } from "./change-lock.ts";
import { RateVisitForm } from "./rate-visit-form.tsx";
import { VisitRating } from "./visit-rating.tsx";

/** A completed visit's rating: the one given, the form while the window is open, or why it closed. */
export function VisitFeedbackSection({ booking, today }: { booking: CustomerBooking; today: string }) {
  if (booking.status !== "COMPLETED") return null;
  const open = booking.ratingOpenUntil !== null && today <= booking.ratingOpenUntil;
  return (
    <section aria-labelledby="rating-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5 shadow-sm">
      <h2 id="rating-heading" className="text-lg font-semibold text-foreground">
        Your rating
      </h2>
      {booking.feedback ? (
        <VisitRating feedback={booking.feedback} />
      ) : open && booking.ratingOpenUntil ? (
        <RateVisitForm booking={booking} openUntil={booking.ratingOpenUntil} />
      ) : (
        <p className="text-sm text-muted-foreground">Visits can be rated for {feedbackWindowDays} days; this one can no longer be rated.</p>
      )}
    </section>
  );
}
