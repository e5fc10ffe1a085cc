import { type ComponentProps, type ReactNode } from "react";
import { cn } from "../cn.ts";

export type StatListProps = ComponentProps<"dl">;

/**
 * A grid of figures (`StatCard`s): a description list, so each number is read with its name.
 * Columns share the width, at least 10rem each.
 */
export function StatList({ className, ...props }: StatListProps) {
  return <dl className={cn("grid grid-cols-[repeat(auto-fit,minmax(10rem,1fr))] gap-3", className)} data-slot="stat-list" {...props} />;
}

export interface StatCardProps {
  /** What the figure counts, e.g. "Bookings today". */
  label: ReactNode;
  /** The figure itself, already formatted. */
  value: ReactNode;
  /** A line of context under the figure, e.g. "12 inactive". */
  detail?: ReactNode;
  className?: string;
}

/** One named figure on a card. Goes inside a `StatList`. */
export function StatCard({ label, value, detail, className }: StatCardProps) {
  return (
    <div className={cn("flex flex-col gap-1 rounded-card border border-border bg-surface p-4 shadow-sm", className)} data-slot="stat-card">
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tracking-tight text-foreground tabular-nums">{value}</dd>
      {detail ? <dd className="text-sm text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}
