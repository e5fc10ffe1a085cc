import { formatMoment } from "@slotted/app-shell";
import type { BookingFeedback } from "@slotted/validators";
import { starLabel } from "./star-rating-input.tsx";

/** A rating already given, read-only. */
export function VisitRating({ feedback }: { feedback: BookingFeedback }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="flex items-center gap-2 text-foreground">
        <span aria-hidden="true" className="text-2xl leading-none text-amber-500">
          {"★".repeat(feedback.rating)}
          <span className="text-muted-foreground">{"☆".repeat(5 - feedback.rating)}</span>
        </span>
        <span>You rated this visit {starLabel(feedback.rating)} out of 5.</span>
      </p>
      {feedback.comment ? <blockquote className="border-l-2 border-border pl-3 text-foreground">{feedback.comment}</blockquote> : null}
      <p className="text-sm text-muted-foreground">Sent on {formatMoment(feedback.createdAt)}. Thank you!</p>
    </div>
  );
}
