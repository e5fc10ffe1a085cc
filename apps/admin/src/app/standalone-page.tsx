import { mainContentId } from "@slotted/app-shell";
import type { ReactNode } from "react";

/** A page outside the console's navigation (sign-in, no access): just the centred content. */
export function StandalonePage({ children }: { children: ReactNode }) {
  return (
    <main id={mainContentId} tabIndex={-1} className="px-4 py-10 outline-none sm:py-16">
      {children}
    </main>
  );
}
