import { Button } from "@slotted/ui";
import { changePolicyWording } from "@slotted/validators";
import type { Ref } from "react";
import { ErrorNotice } from "@slotted/app-shell";
import { BookingFacts } from "./booking-facts.tsx";
import type { BookingDraft } from "./booking-form-schema.ts";
import { endTimeOf } from "./venue-rules.ts";

interface BookingReviewProps {
  draft: BookingDraft;
  /** The venue's change cut-off, stated before the customer commits. */
  cancelCutoffMinutes: number;
  /** Focused when the review appears, so nobody is left on a vanished form. */
  headingRef: Ref<HTMLHeadingElement>;
  pending: boolean;
  /** A failure that belongs to no field (server down after retries, offline). */
  error: unknown;
  /** A 429 holds bookings: Confirm stays off until the countdown ends. */
  held: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}

/** The last step: everything about the booking in one place, then Confirm. */
export function BookingReview({ draft, cancelCutoffMinutes, headingRef, pending, error, held, onConfirm, onEdit }: BookingReviewProps) {
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h2 id="review-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-foreground">
          Review and confirm
        </h2>
        <p className="text-muted-foreground">
          Check the details, then confirm. {changePolicyWording(cancelCutoffMinutes)}: until then you can move or cancel the booking online.
        </p>
      </div>
      <div className="rounded-card border border-border bg-surface p-5 shadow-sm">
        <BookingFacts booking={{ ...draft, endTime: endTimeOf(draft.time, draft.durationMinutes) }} />
      </div>
      {error ? <ErrorNotice error={error} title="Your booking was not made yet" /> : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="button" size="lg" loading={pending} disabled={held} onClick={onConfirm}>
          Confirm booking
        </Button>
        <Button type="button" size="lg" variant="secondary" disabled={pending} onClick={onEdit}>
          Change details
        </Button>
      </div>
      {held ? (
        <p className="text-sm text-muted-foreground">
          Booking is paused for a moment after too many attempts. Confirm again when the countdown above ends.
        </p>
      ) : null}
    </section>
  );
}
