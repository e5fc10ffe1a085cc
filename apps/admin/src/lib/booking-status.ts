import type { BadgeTone } from "@slotted/ui";
import type { BookingStatusValue } from "@slotted/validators";

/**
 * A booking status in staff's words, with the tone its badge takes (the words carry the
 * meaning; the colour only repeats it). One table for the whole console.
 */
const statuses: Record<BookingStatusValue, { label: string; tone: BadgeTone }> = {
  PENDING: { label: "Pending", tone: "warning" },
  CONFIRMED: { label: "Confirmed", tone: "success" },
  SEATED: { label: "Seated", tone: "info" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  NO_SHOW: { label: "No-show", tone: "danger" },
};

export const statusLabel = (status: BookingStatusValue): string => statuses[status].label;
export const statusTone = (status: BookingStatusValue): BadgeTone => statuses[status].tone;

/** Every status, in the order a booking's life runs (the table above is complete by its type). */
export const statusOrder = Object.keys(statuses) as BookingStatusValue[];

export const isBookingStatus = (value: unknown): value is BookingStatusValue => typeof value === "string" && value in statuses;
