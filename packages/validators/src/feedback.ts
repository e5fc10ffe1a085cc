import { z } from "zod";
import { jsonInteger } from "./json-primitives.ts";
import { freeText } from "./text.ts";

/** A visit is rated with whole stars, 1 (poor) to 5 (excellent). */
export const feedbackRatingLimits = { min: 1, max: 5 } as const;
/** A COMPLETED booking can be rated up to this many days after its date (venue-local, inclusive). */
export const feedbackWindowDays = 14;
export const feedbackCommentMaxLength = 1000;

export const feedbackRating = jsonInteger(feedbackRatingLimits.min, feedbackRatingLimits.max);
/** Sanitised like every free text; empty means no comment. */
export const feedbackComment = freeText(feedbackCommentMaxLength).transform((value) => (value === "" ? null : value));

/** A customer's rating of one visit, as the customer and staff see it. */
export const bookingFeedback = z.object({
  rating: z.number().int().min(feedbackRatingLimits.min).max(feedbackRatingLimits.max),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type BookingFeedback = z.infer<typeof bookingFeedback>;

/** The dashboard's feedback section: ratings given over the last 30 days. */
export const feedbackStats = z.object({
  /** Mean of the ratings, rounded to one decimal; null when there are none. */
  averageRating: z.number().min(feedbackRatingLimits.min).max(feedbackRatingLimits.max).nullable(),
  count: z.number().int().nonnegative(),
  /** How many days back the numbers reach. */
  days: z.number().int().positive(),
});
export type FeedbackStats = z.infer<typeof feedbackStats>;
