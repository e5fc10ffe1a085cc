import { cn } from "../cn.ts";
import { Skeleton } from "./skeleton.tsx";

export interface TableSkeletonProps {
  rows: number;
  columns: number;
  /** What screen readers hear while the rows load. */
  label?: string;
  className?: string;
}

/** Stand-in for a table while it loads: grey rows for the eye, one "Loading…" status for screen readers. */
export function TableSkeleton({ rows, columns, label = "Loading…", className }: TableSkeletonProps) {
  return (
    <div
      role="status"
      className={cn("w-full overflow-hidden rounded-card border border-border bg-surface", className)}
      data-slot="table-skeleton"
    >
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="divide-y divide-border">
        <div className="flex gap-4 bg-muted px-3 py-3">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className="h-4 flex-1" />
          ))}
        </div>
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex gap-4 px-3 py-3" data-slot="table-skeleton-row">
            {Array.from({ length: columns }, (_, column) => (
              <Skeleton key={column} className="h-4 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
