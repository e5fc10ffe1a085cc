import { queryOptions, useQuery } from "@tanstack/react-query";

/**
 * "This visit began with a sign-up": kept in the query cache (never fetched) so the confirm-your-
 * email notice follows the new customer to wherever sign-up sent them, and ends with the tab.
 */
export const justSignedUpQuery = queryOptions<boolean>({ queryKey: ["just-signed-up"], queryFn: () => false, enabled: false });

export function useJustSignedUp(): boolean {
  return useQuery(justSignedUpQuery).data === true;
}
