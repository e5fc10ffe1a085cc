import { type ComponentProps } from "react";
import { cn } from "../cn.ts";

export type SkeletonProps = ComponentProps<"div">;

/** A placeholder block shaped like the content to come. Hidden from screen readers; it pulses unless motion is reduced. */
export function Skeleton({ className, ...props }: SkeletonProps) {
  return (
    <div
      aria-hidden="true"
      data-slot="skeleton"
      className={cn("animate-pulse rounded-control bg-skeleton motion-reduce:animate-none", className)}
      {...props}
    />
  );
}

export interface SkeletonTextProps {
  /** Number of lines; the last one is shorter, like a paragraph's. */
  lines?: number;
  className?: string;
}

export function SkeletonText({ lines = 3, className }: SkeletonTextProps) {
  return (
    <div aria-hidden="true" className={cn("flex flex-col gap-2", className)}>
      {Array.from({ length: lines }, (_, index) => (
        <Skeleton key={index} className={cn("h-4", index === lines - 1 && lines > 1 ? "w-3/5" : "w-full")} />
      ))}
    </div>
  );
}
