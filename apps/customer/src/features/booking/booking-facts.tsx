import { DetailList, formatDuration, formatGuests, formatLongDate, type Detail } from "@slotted/app-shell";
import { cn } from "@slotted/ui";

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
  const rows: Detail[] = [
    ["Date", formatLongDate(booking.date)],
    ["Time", `${booking.time} to ${booking.endTime} (${formatDuration(booking.durationMinutes)})`],
    ["Party", formatGuests(booking.partySize)],
    ["Name", booking.contactName],
    ["Email", booking.contactEmail],
    ["Phone", booking.contactPhone],
    ["Requests", booking.specialRequests ?? "None"],
  ];
  return <DetailList details={rows} className={cn("sm:grid-cols-[8rem_1fr]", className)} />;
}
