/** The server's categories today; any other name it sends is handled too. */
export type RateLimitCategory = "auth" | "booking_write" | "default" | (string & {});

// What a person would call the actions a category covers (the banner names the blocked action).
const labels: Record<string, string> = {
  auth: "Signing in and signing up",
  booking_write: "Booking changes",
  default: "Loading data",
};

export function rateLimitLabel(category: RateLimitCategory): string {
  return labels[category] ?? "Some actions";
}
