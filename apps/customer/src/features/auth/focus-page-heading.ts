import { pageHeadingId } from "@slotted/app-shell";

/** After a page swaps to another state (sent, changed, verified), its new heading takes focus as a navigation's would. */
export function focusPageHeading(): void {
  requestAnimationFrame(() => document.getElementById(pageHeadingId)?.focus());
}
