import { cn } from "@slotted/ui";
import { formatDuration, formatGuests, formatLongDate } from "../../lib/venue-time.ts";

export interface BookingFactsValue {
  date: string;
  time: string;
  endTime: string;
  durationMinutes: number;
  partySize: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  specialRequests?: string | null | undefined;
}

/** A booking's details as a description list: the review step, confirmation and details pages. */
export function BookingFacts({ booking, className }: { booking: BookingFactsValue; className?: string }) {
  const rows: [string, string][] = [
    ["Date", formatLongDate(booking.date)],
    ["Time", `${booking.time} to ${booking.endTime} (${formatDuration(booking.durationMinutes)})`],
    ["Party", formatGuests(booking.partySize)],
    ["Name", booking.contactName],
    ["Email", booking.contactEmail],
    ["Phone", booking.contactPhone],
    ["Requests", booking.specialRequests ?? "None"],
  ];
  return (
    <dl className={cn("grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[8rem_1fr]", className)}>
      {rows.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
          <dd className="-mt-2 break-words text-foreground sm:mt-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
