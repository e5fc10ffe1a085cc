import { toUiError, useTRPC } from "@slotted/client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeBookingChanges, type StaffBooking } from "./booking-words.ts";

export interface ChangedBooking {
  changes: string[];
  requestId: string | undefined;
}

/**
 * After a 409 on a write that named the version staff saw: reload the booking and, when someone
 * else changed it meanwhile, say what changed. Answers true when that was the cause (the caller
 * then shows nothing more); false for any other failure, which the caller explains itself.
 */
export function useBookingConflict(booking: StaffBooking | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<ChangedBooking | null>(null);

  const explain = async (error: unknown): Promise<boolean> => {
    const ui = toUiError(error);
    if (ui.status !== 409 || !booking) return false;
    const fresh = await queryClient.query({ ...trpc.bookings.adminById.queryOptions({ id: booking.id }), staleTime: 0 });
    if (fresh.version === booking.version) return false;
    setChanged({ changes: describeBookingChanges(booking, fresh), requestId: ui.requestId });
    // The list, the day sheet and the history may all show the old booking.
    await invalidateBookingViews(queryClient, trpc, booking.id);
    return true;
  };

  return { changed, explain, dismiss: () => setChanged(null) };
}

type QueryClient = ReturnType<typeof useQueryClient>;
type Trpc = ReturnType<typeof useTRPC>;

/** Everything that shows a booking: refetched after it changes. */
export function invalidateBookingViews(queryClient: QueryClient, trpc: Trpc, bookingId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.bookings.adminList.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.bookings.daySheet.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.bookings.history.queryKey({ id: bookingId }) }),
  ]);
}
