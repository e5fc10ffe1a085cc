import { useTRPC, type RouterOutputs } from "@slotted/client";
import { useQuery } from "@tanstack/react-query";

export type Venue = RouterOutputs["bookings"]["venue"];

/**
 * The venue's rules and today's date at the venue (`bookings.venue`). A minute of freshness:
 * the rules change only with a deploy, but `today` moves at midnight.
 */
export function useVenue() {
  const trpc = useTRPC();
  return useQuery(trpc.bookings.venue.queryOptions(undefined, { staleTime: 60_000 }));
}
