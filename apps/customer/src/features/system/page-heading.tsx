import { type ReactNode, useEffect } from "react";
import { cn } from "@slotted/ui";

/** The id the layout moves focus to after each navigation (see app/use-route-focus.ts). */
export const pageHeadingId = "page-heading";

interface PageHeadingProps {
  /** The page's name: the visible heading and the start of the browser tab's title. */
  title: string;
  /** Replaces the visible text (e.g. richer markup) while `title` still names the tab. */
  children?: ReactNode;
  className?: string;
}

/**
 * Each page's one `h1`. It names the browser tab (`document.title`) and takes focus after a
 * navigation, so screen reader users hear which page they are on.
 */
export function PageHeading({ title, children, className }: PageHeadingProps) {
  useEffect(() => {
    document.title = `${title} · Slotted`;
  }, [title]);

  return (
    <h1 id={pageHeadingId} tabIndex={-1} className={cn("text-2xl font-semibold tracking-tight text-foreground sm:text-3xl", className)}>
      {children ?? title}
    </h1>
  );
}
