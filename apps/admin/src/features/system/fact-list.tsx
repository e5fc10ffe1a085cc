import { cn } from "@slotted/ui";
import type { ReactNode } from "react";

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Name–value pairs as a description list: stacked on a phone, side by side from `sm`. */
export function FactList({ facts, label, className }: { facts: readonly Fact[]; label?: string; className?: string }) {
  return (
    <dl aria-label={label} className={cn("flex flex-col gap-2 text-sm", className)}>
      {facts.map((fact) => (
        <div key={fact.label} className="flex flex-col sm:flex-row sm:gap-4">
          <dt className="shrink-0 text-muted-foreground sm:w-44">{fact.label}</dt>
          <dd className="min-w-0 break-words text-foreground">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
