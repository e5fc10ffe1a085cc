import { ConnectionNotice, RateLimitBanner, SkipLink, useRouteFocus } from "@slotted/app-shell";
import { Outlet } from "@tanstack/react-router";

/**
 * What every console page sits in, signed in or not: the skip link, the connection and
 * rate-limit notices, and focus moved to each new page's heading.
 */
export function RootFrame() {
  useRouteFocus();
  return (
    <div className="min-h-dvh bg-background">
      <SkipLink />
      <div className="mx-auto w-full max-w-7xl px-4 empty:hidden sm:px-6 [&>*:empty]:hidden">
        <ConnectionNotice />
        <RateLimitBanner />
      </div>
      <Outlet />
    </div>
  );
}
