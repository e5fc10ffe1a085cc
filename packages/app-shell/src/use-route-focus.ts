import { useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { pageHeadingId } from "./page-heading.tsx";

export const mainContentId = "main";

/**
 * After a navigation to another page (not a search-param change such as a tab or filter, which
 * must leave focus on the control), focus moves to the new page's heading so screen readers
 * announce it; pages without one fall back to the main region. The first load keeps the
 * browser's own behaviour.
 */
export function useRouteFocus(): void {
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const previous = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (pathname === undefined) return;
    const before = previous.current;
    previous.current = pathname;
    if (before === undefined || before === pathname) return;
    const target = document.getElementById(pageHeadingId) ?? document.getElementById(mainContentId);
    target?.focus();
  }, [pathname]);
}
