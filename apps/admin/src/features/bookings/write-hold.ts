import type { RateLimitHold } from "@slotted/client";

const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * Why a held action's buttons are off, in words next to them: the page's countdown banner sits
 * behind the drawer's overlay. The client lifts the hold (and re-renders) when it ends.
 */
export function holdReason(hold: RateLimitHold | null): string | null {
  if (!hold) return null;
  return `${hold.label} are paused after too many attempts, until ${clock.format(hold.until)}. Try again then.`;
}
