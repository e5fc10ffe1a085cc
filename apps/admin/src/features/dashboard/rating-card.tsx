import type { RouterOutputs } from "@slotted/client";
import { StatCard } from "@slotted/ui";

type FeedbackStats = RouterOutputs["users"]["stats"]["feedback"];

const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat();

/** The guests' average rating over the last 30 days, with how many ratings it rests on. */
export function RatingCard({ feedback }: { feedback: FeedbackStats }) {
  const window = `Last ${feedback.days} days`;
  if (feedback.averageRating === null || feedback.count === 0) {
    return <StatCard label="Average rating" value="No ratings yet" detail={window} />;
  }
  const ratings = feedback.count === 1 ? "1 rating" : `${count.format(feedback.count)} ratings`;
  return <StatCard label="Average rating" value={`${oneDecimal.format(feedback.averageRating)} / 5`} detail={`${window} · ${ratings}`} />;
}
