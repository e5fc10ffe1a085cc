import type { MouseEvent } from "react";
import { mainContentId } from "./use-route-focus.ts";

/** The first stop for keyboard users: jumps past the header to the page's content. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus the target directly: a hash change would go through the router.
    event.preventDefault();
    document.getElementById(mainContentId)?.focus();
  };
  return (
    <a
      href={`#${mainContentId}`}
      onClick={skip}
      className="sr-only rounded-control bg-surface px-4 py-2 font-medium text-brand-700 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
    >
      Skip to content
    </a>
  );
}
