import { type ReactNode, useEffect } from "react";
import { cn } from "@slotted/ui";

/** The id the layout moves focus to after each navigation (see app/use-route-focus.ts). */
export const pageHeadingId = "page-heading";

interface PageHeadingProps {
  /** The page's name: the visible heading and the start of the browser tab's title. */
  title: string;
  /** Replaces the visible text (e.g. richer markup) while `title` still names the tab. */
  children?: ReactNode;
  /** "hero" for the landing page's headline. */
  size?: "page" | "hero";
}

/**
 * Each page's one `h1`. It names the browser tab (`document.title`) and takes focus after a
 * navigation, so screen reader users hear which page they are on.
 */
export function PageHeading({ title, children, size = "page" }: PageHeadingProps) {
  useEffect(() => {
    document.title = `${title} · Slotted`;
  }, [title]);

  return (
    <h1
      id={pageHeadingId}
      tabIndex={-1}
      className={cn(
        "font-semibold tracking-tight text-foreground",
        size === "hero" ? "max-w-2xl text-3xl sm:text-5xl" : "text-2xl sm:text-3xl",
      )}
    >
      {children ?? title}
    </h1>
  );
}
