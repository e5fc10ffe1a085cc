import { useTRPC, type RouterOutputs } from "@slotted/client";
import { useQuery } from "@tanstack/react-query";

export type Venue = RouterOutputs["bookings"]["venue"];

/** The venue's rules change only with a deploy: ten minutes of freshness is plenty. */
export const venueStaleTime = 10 * 60_000;

/** Opening hours, slot grid, horizon and limits from `bookings.venue` (public). */
export function useVenue() {
  const trpc = useTRPC();
  return useQuery(trpc.bookings.venue.queryOptions(undefined, { staleTime: venueStaleTime }));
}
