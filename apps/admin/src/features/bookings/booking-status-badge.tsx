import { Badge } from "@slotted/ui";
import type { BookingStatusValue } from "@slotted/validators";
import { statusLabel, statusTone } from "./booking-words.ts";

/** A booking's status in words (the colour only repeats it). */
export function BookingStatusBadge({ status }: { status: BookingStatusValue }) {
  return <Badge tone={statusTone(status)}>{statusLabel(status)}</Badge>;
}
