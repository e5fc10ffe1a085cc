import type { BookingFeedback } from "@slotted/validators";

/** The customer's rating of a visit as staff read it: stars, words and the comment. */
export function VisitFeedback({ feedback }: { feedback: BookingFeedback }) {
  return (
    <span className="flex flex-col gap-1">
      <span>
        <span aria-hidden="true" className="text-amber-500">
          {"★".repeat(feedback.rating)}
          <span className="text-muted-foreground">{"☆".repeat(5 - feedback.rating)}</span>
        </span>{" "}
        {feedback.rating} out of 5
      </span>
      {feedback.comment ? <q className="text-foreground">{feedback.comment}</q> : <span className="text-muted-foreground">No comment</span>}
    </span>
  );
}
