import { cn } from "@slotted/ui";
import type { ReactNode } from "react";

/** One row: the term ("Date") and its detail, text or an element (a link, a badge). */
export type Detail = [term: string, detail: ReactNode];

interface DetailListProps {
  details: Detail[];
  /** Sets the term column from `sm` up, e.g. `sm:grid-cols-[8rem_1fr]`, and any spacing around. */
  className: string;
}

/** A record's details (a booking's date, time, party…) as a description list: stacked on phones, two columns from `sm`. */
export function DetailList({ details, className }: DetailListProps) {
  return (
    <dl className={cn("grid grid-cols-1 gap-x-6 gap-y-3", className)}>
      {details.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
          <dd className="-mt-2 break-words text-foreground sm:mt-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
