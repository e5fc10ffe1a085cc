import type { useTRPC } from "@slotted/client";
import type { useQueryClient } from "@tanstack/react-query";

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
