/** `/account-deleted?cancelled=2`: how many bookings the deletion cancelled, for the confirmation's wording. */
export interface AccountDeletedSearch {
  cancelled?: number | undefined;
}

export function validateAccountDeletedSearch(input: Record<string, unknown>): AccountDeletedSearch {
  const { cancelled } = input;
  return { cancelled: typeof cancelled === "number" && Number.isInteger(cancelled) && cancelled >= 0 ? cancelled : undefined };
}
