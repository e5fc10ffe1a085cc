import { ErrorNotice, formatMoment } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { SkeletonText } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { describeHistoryChanges, historyActionLabel, type BookingHistoryEntry } from "./booking-words.ts";

/** What happened to the booking, oldest first: who did what, when, and what changed. */
export function BookingHistory({ bookingId, timeZone }: { bookingId: string; timeZone: string | undefined }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.bookings.history.queryOptions({ id: bookingId }));
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 border-t border-border pt-5">
      <h3 id={headingId} className="text-base font-semibold text-foreground">
        History
      </h3>
      {history.isError ? (
        <ErrorNotice error={history.error} title="We couldn't load the history" onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <SkeletonText lines={4} />
      ) : (
        <ol className="flex flex-col gap-3 border-l-2 border-border pl-4">
          {history.data.items.map((entry) => (
            <HistoryItem key={entry.id} entry={entry} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryItem({ entry, timeZone }: { entry: BookingHistoryEntry; timeZone: string | undefined }) {
  const changes = describeHistoryChanges(entry.changes);
  return (
    <li className="relative text-sm">
      <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-brand-600" />
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium text-foreground">{historyActionLabel(entry.action)}</span>
        <span className="text-muted-foreground">
          by {entry.actor ? entry.actor.name : "the system or a removed account"}
        </span>
      </p>
      <p className="text-muted-foreground">
        <time dateTime={entry.at.toISOString()}>{formatMoment(entry.at, { locale: "en-GB", timeZone })}</time>
      </p>
      {changes.length > 0 ? (
        <ul className="mt-1 flex flex-col gap-0.5 text-foreground">
          {changes.map((change) => (
            <li key={change} className="break-words">
              {change}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
