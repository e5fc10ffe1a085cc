import { type ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from "lucide-react";
import { cn } from "../cn.ts";

export type BannerTone = "info" | "success" | "warning" | "error";

const toneStyles: Record<BannerTone, { className: string; Icon: typeof Info }> = {
  info: { className: "border-info-border bg-info-subtle", Icon: Info },
  success: { className: "border-success-border bg-success-subtle", Icon: CircleCheck },
  warning: { className: "border-warning-border bg-warning-subtle", Icon: TriangleAlert },
  error: { className: "border-danger-border bg-danger-subtle", Icon: CircleAlert },
};

const titleStyles: Record<BannerTone, string> = {
  info: "text-info-strong",
  success: "text-success-strong",
  warning: "text-warning-strong",
  error: "text-danger-strong",
};

export interface BannerProps {
  tone: BannerTone;
  title: ReactNode;
  children?: ReactNode;
  /** A button or link beside the message, e.g. "Retry". */
  action?: ReactNode;
  /** Shows a close button when given. */
  onDismiss?: () => void;
  /** Accessible name of the close button. */
  dismissLabel?: string;
  /**
   * How the message is announced: "assertive" (role=alert) interrupts, "polite" (role=status)
   * waits, "off" is silent. Errors default to assertive, the rest to polite.
   */
  live?: "polite" | "assertive" | "off";
  className?: string;
}

/**
 * A message across the page. Only the title and text are in the live region; the action and
 * dismiss buttons sit outside it so they are not read out with every announcement.
 */
export function Banner({
  tone,
  title,
  children,
  action,
  onDismiss,
  dismissLabel = "Dismiss",
  live,
  className,
}: BannerProps) {
  const { className: toneClassName, Icon } = toneStyles[tone];
  const politeness = live ?? (tone === "error" ? "assertive" : "polite");
  const liveProps =
    politeness === "off"
      ? {}
      : politeness === "assertive"
        ? { role: "alert", "aria-atomic": true }
        : { role: "status", "aria-live": "polite" as const, "aria-atomic": true };

  return (
    <div
      className={cn("flex items-start gap-3 rounded-card border p-4 text-foreground", toneClassName, className)}
      data-slot="banner"
      data-tone={tone}
    >
      <Icon aria-hidden="true" className={cn("mt-0.5 size-5 shrink-0", titleStyles[tone])} />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm" {...liveProps}>
          <div className={cn("font-semibold", titleStyles[tone])}>{title}</div>
          {children === undefined || children === null ? null : <div>{children}</div>}
        </div>
        {action === undefined || action === null ? null : <div className="shrink-0">{action}</div>}
      </div>
      {onDismiss ? (
        <button
          type="button"
          aria-label={dismissLabel}
          onClick={onDismiss}
          className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded-control text-foreground hover:bg-surface/70"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      ) : null}
    </div>
  );
}
