import type { BookingStatusValue } from "@slotted/validators";
import { Badge, type BadgeTone } from "@slotted/ui";

const statusLabels: Record<BookingStatusValue, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Awaiting confirmation", tone: "warning" },
  CONFIRMED: { label: "Confirmed", tone: "success" },
  SEATED: { label: "Seated", tone: "info" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  NO_SHOW: { label: "Missed", tone: "neutral" },
};

export function statusLabel(status: BookingStatusValue): string {
  return statusLabels[status].label;
}

/** A booking's status in words (the colour only repeats it). */
export function BookingStatusBadge({ status }: { status: BookingStatusValue }) {
  const { label, tone } = statusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
