import { toUiError, useTRPC } from "@slotted/client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeChanges } from "./booking-changes.ts";
import type { CustomerBooking } from "./change-lock.ts";

export interface ChangedBooking {
  changes: string[];
  requestId: string | undefined;
}

/**
 * After a 409 on a write that named the version the customer saw: reload the booking, and if
 * someone else changed it meanwhile, say what changed. Answers true when that was the cause (the
 * caller then has nothing more to show); false for other conflicts (no room, duplicate time).
 */
export function useBookingConflict(booking: CustomerBooking | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<ChangedBooking | null>(null);

  const explain = async (error: unknown): Promise<boolean> => {
    const ui = toUiError(error);
    if (ui.status !== 409 || !booking) return false;
    const fresh = await queryClient.query({ ...trpc.bookings.byId.queryOptions({ id: booking.id }), staleTime: 0 });
    if (fresh.version === booking.version) return false;
    setChanged({ changes: describeChanges(booking, fresh), requestId: ui.requestId });
    return true;
  };

  return { changed, explain, dismiss: () => setChanged(null) };
}
