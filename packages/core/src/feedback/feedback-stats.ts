import type { PrismaClient } from "@slotted/db";
import type { FeedbackStats } from "@slotted/validators";

/** The dashboard's rating window: a rolling 30 days, by when the ratings were given. */
export const feedbackStatsDays = 30;

/** Average rating (one decimal) and count of the ratings given in the last 30 days, from the created_at index. */
export async function computeFeedbackStats(prisma: PrismaClient, at: Date = new Date()): Promise<FeedbackStats> {
  const since = new Date(at.getTime() - feedbackStatsDays * 86_400_000);
  const result = await prisma.bookingFeedback.aggregate({ where: { createdAt: { gte: since } }, _avg: { rating: true }, _count: { _all: true } });
  const average = result._avg.rating;
  return {
    averageRating: average === null ? null : Math.round(average * 10) / 10,
    count: result._count._all,
    days: feedbackStatsDays,
  };
}
