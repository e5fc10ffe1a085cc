import { type ComponentProps } from "react";
import { cva } from "class-variance-authority";
import { cn } from "../cn.ts";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export const badgeVariants = /* @__PURE__ */ cva(
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-border bg-muted text-foreground",
        info: "border-info-border bg-info-subtle text-info-strong",
        success: "border-success-border bg-success-subtle text-success-strong",
        warning: "border-warning-border bg-warning-subtle text-warning-strong",
        danger: "border-danger-border bg-danger-subtle text-danger-strong",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export interface BadgeProps extends ComponentProps<"span"> {
  tone?: BadgeTone;
}

/** A short status label. The words carry the meaning; the tone only reinforces it. */
export function Badge({ tone, className, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} data-tone={tone ?? "neutral"} {...props} />;
}
