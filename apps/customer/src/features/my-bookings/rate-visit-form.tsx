import { toUiError, useTRPC } from "@slotted/client";
import { Button, Field, Textarea } from "@slotted/ui";
import { feedbackCommentMaxLength } from "@slotted/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { ErrorNotice, formatLongDate } from "@slotted/app-shell";
import type { CustomerBooking } from "./change-lock.ts";
import { StarRatingInput } from "./star-rating-input.tsx";

interface RateVisitFormProps {
  booking: CustomerBooking;
  /** The last day the visit can be rated, venue-local. */
  openUntil: string;
}

/** Stars and an optional comment for a completed visit; on success the page shows the rating read-only. */
export function RateVisitForm({ booking, openUntil }: RateVisitFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [missingRating, setMissingRating] = useState(false);

  const rate = useMutation(
    trpc.bookings.rate.mutationOptions({
      onSuccess: async (rated) => {
        queryClient.setQueryData(trpc.bookings.byId.queryKey({ id: rated.id }), rated);
        await queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() });
      },
    }),
  );

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rating === null) {
      setMissingRating(true);
      return;
    }
    // A 409 ("already rated") reloads the booking, which then shows the rating that counts.
    rate.mutate(
      { id: booking.id, rating, comment: comment.trim() || undefined },
      { onError: () => void queryClient.invalidateQueries({ queryKey: trpc.bookings.byId.queryKey({ id: booking.id }) }) },
    );
  };

  const failure = rate.error ? toUiError(rate.error) : null;
  const commentError = failure?.fieldErrors.comment;

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">How was your visit? You can rate it once, until {formatLongDate(openUntil)}.</p>
      <StarRatingInput
        value={rating}
        disabled={rate.isPending}
        error={missingRating && rating === null ? "Choose from 1 to 5 stars" : undefined}
        onChange={(next) => {
          setRating(next);
          setMissingRating(false);
        }}
      />
      <Field
        label="Comment (optional)"
        hint={`What went well, what could be better. Up to ${feedbackCommentMaxLength} characters.`}
        error={commentError ? `Comment ${commentError}` : undefined}
      >
        {(control) => (
          <Textarea {...control} value={comment} maxLength={feedbackCommentMaxLength} rows={3} onChange={(event) => setComment(event.target.value)} />
        )}
      </Field>
      {failure && !commentError && failure.status !== 429 ? <ErrorNotice error={rate.error} title="Your rating was not saved" /> : null}
      <Button type="submit" loading={rate.isPending} className="w-fit">
        Send rating
      </Button>
    </form>
  );
}
