import { type ReactNode, useId } from "react";
import { cn } from "../cn.ts";
import { Badge } from "./badge.tsx";

/** `neutral` for a figure with no good or bad side; the others grade it. */
export type MeterTone = "neutral" | "success" | "warning" | "danger";

export interface MeterThresholds {
  /** From this value up, the meter turns amber. */
  warnAt?: number | undefined;
  /** From this value up, the meter turns red. */
  dangerAt?: number | undefined;
}

/** Green below `warnAt`, amber from it, red from `dangerAt` (higher is worse: use, waits, load). */
export function meterTone(value: number, { warnAt, dangerAt }: MeterThresholds = {}): MeterTone {
  if (dangerAt !== undefined && value >= dangerAt) return "danger";
  if (warnAt !== undefined && value >= warnAt) return "warning";
  return "success";
}

const fillColour: Record<MeterTone, string> = {
  neutral: "bg-brand-600",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
};

const defaultStatusText: Partial<Record<MeterTone, string>> = { warning: "High", danger: "Critical" };

export interface MeterProps extends MeterThresholds {
  /** The visible name, e.g. "Active connections". */
  label: ReactNode;
  value: number;
  min?: number;
  max: number;
  /** The value in words, shown and read out: "3 of 10". Defaults to "`value` of `max`". */
  valueText?: string;
  /** Overrides the tone the thresholds give. */
  tone?: MeterTone;
  /**
   * Words shown beside the value for a graded tone, so colour is never the only signal
   * ("High" and "Critical" unless told otherwise; none for success and neutral).
   */
  statusText?: Partial<Record<MeterTone, string>>;
  /** A hint under the bar, read as the meter's description. */
  description?: ReactNode;
  className?: string;
}

/**
 * A measured amount within a known range (connections in use, memory), with its name and value
 * in text. The bar is an ARIA `meter`: screen readers hear the label, the value text and the
 * status word; the visible value repeats them for the eye only.
 */
export function Meter({
  label,
  value,
  min = 0,
  max,
  valueText,
  warnAt,
  dangerAt,
  tone,
  statusText,
  description,
  className,
}: MeterProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const shownTone = tone ?? meterTone(value, { warnAt, dangerAt });
  const status = { ...defaultStatusText, ...statusText }[shownTone];
  const text = valueText ?? `${value} of ${max}`;
  const span = max - min;
  const percent = span > 0 ? Math.min(100, Math.max(0, ((value - min) / span) * 100)) : 0;

  return (
    <div className={cn("flex flex-col gap-1.5", className)} data-slot="meter">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
        <span id={labelId} className="font-medium text-foreground">
          {label}
        </span>
        <span aria-hidden="true" className="flex items-center gap-2 text-muted-foreground tabular-nums">
          {text}
          {status ? <Badge tone={shownTone}>{status}</Badge> : null}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-describedby={description ? descriptionId : undefined}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={Math.min(max, Math.max(min, value))}
        aria-valuetext={status ? `${text}, ${status.toLowerCase()}` : text}
        data-tone={shownTone}
        className="h-2 w-full overflow-hidden rounded-full bg-surface ring-1 ring-input"
      >
        <div className={cn("h-full rounded-full", fillColour[shownTone])} style={{ width: `${percent}%` }} />
      </div>
      {description ? (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
    </div>
  );
}
