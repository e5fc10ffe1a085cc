import { LoaderCircle } from "lucide-react";
import { cn } from "../cn.ts";

export interface SpinnerProps {
  className?: string;
}

/**
 * A busy indicator for buttons only. It is decorative: the button carries `aria-busy`.
 * Lists and pages show skeletons instead.
 */
export function Spinner({ className }: SpinnerProps) {
  return (
    <LoaderCircle
      aria-hidden="true"
      focusable="false"
      data-slot="spinner"
      className={cn("size-4 shrink-0 animate-spin motion-reduce:animate-none", className)}
    />
  );
}
