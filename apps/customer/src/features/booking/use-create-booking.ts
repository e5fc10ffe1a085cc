import { newIdempotencyKey, useTRPC, type RouterInputs } from "@slotted/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";

export type CreateBookingRequest = Omit<RouterInputs["bookings"]["create"], "idempotencyKey">;

/**
 * `bookings.create` with an idempotency key per confirmation: the key is made when the customer
 * confirms and kept for that exact booking, so a double click, the client's automatic retry or
 * a "Try again" all replay one request and can never book twice. Changing any detail makes a
 * different booking, which gets a new key.
 */
export function useCreateBooking() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);

  const mutation = useMutation(
    trpc.bookings.create.mutationOptions({
      onSuccess: async (booking) => {
        queryClient.setQueryData(trpc.bookings.byId.queryKey({ id: booking.id }), booking);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.bookings.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.bookings.availability.pathKey() }),
        ]);
      },
    }),
  );

  const confirm = (request: CreateBookingRequest) => {
    const fingerprint = JSON.stringify(request);
    if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
    return mutation.mutateAsync({ ...request, idempotencyKey: attempt.current.key });
  };

  return { ...mutation, confirm };
}
