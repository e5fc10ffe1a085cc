import { type ReactNode } from "react";
import { Inbox } from "lucide-react";
import { cn } from "../cn.ts";

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** What to do next, e.g. a "Book a table" button. */
  action?: ReactNode;
  /** Decorative; defaults to an inbox. */
  icon?: ReactNode;
  /** Heading level of the title, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/** Shown where a list has nothing in it: says so, and offers the next step. */
export function EmptyState({ title, description, action, icon, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-card border border-dashed border-border px-6 py-10 text-center",
        className,
      )}
      data-slot="empty-state"
    >
      <div aria-hidden="true" className="text-muted-foreground [&_svg]:size-10">
        {icon ?? <Inbox />}
      </div>
      <Heading className="text-base font-semibold text-foreground">{title}</Heading>
      {description === undefined ? null : <div className="max-w-prose text-sm text-muted-foreground">{description}</div>}
      {action === undefined ? null : <div className="mt-2">{action}</div>}
    </div>
  );
}
