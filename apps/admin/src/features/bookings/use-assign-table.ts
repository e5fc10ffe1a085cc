import { useTRPC } from "@slotted/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { invalidateBookingViews } from "./booking-views.ts";

/** bookings.assignTable, refreshing every view of the booking (the day sheet's grid included) once it lands. */
export function useAssignTable() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.bookings.assignTable.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.bookings.adminById.queryKey({ id: updated.id }), updated);
        await invalidateBookingViews(queryClient, trpc, updated.id);
      },
    }),
  );
}
