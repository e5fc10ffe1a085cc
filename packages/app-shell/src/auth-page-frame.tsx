import type { ReactNode } from "react";
import { PageHeading } from "./page-heading.tsx";

interface AuthPageFrameProps {
  title: string;
  intro: string;
  children: ReactNode;
  footer: ReactNode;
}

/** The narrow, centred frame shared by the sign-in and sign-up pages. */
export function AuthPageFrame({ title, intro, children, footer }: AuthPageFrameProps) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <PageHeading title={title} />
        <p className="text-muted-foreground">{intro}</p>
      </div>
      <div className="rounded-card border border-border bg-surface p-5 shadow-sm sm:p-6">{children}</div>
      <div className="text-sm text-muted-foreground">{footer}</div>
    </div>
  );
}
