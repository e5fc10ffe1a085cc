import { Outlet } from "@tanstack/react-router";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";
import { ConnectionNotice, mainContentId, RateLimitBanner, SkipLink, useRouteFocus } from "@slotted/app-shell";

/** Header, notices, the page, footer: what stays on screen whatever a page does. */
export function RootLayout() {
  useRouteFocus();
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader />
      <div className="mx-auto flex w-full max-w-5xl flex-col px-4 sm:px-6">
        <ConnectionNotice />
        <RateLimitBanner />
      </div>
      <main id={mainContentId} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
