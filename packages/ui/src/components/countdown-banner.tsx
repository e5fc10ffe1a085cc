import { useEffect, useEffectEvent, useState } from "react";
import { cn } from "../cn.ts";
import { useNow } from "../hooks/use-now.ts";
import { Banner } from "./banner.tsx";

export interface CountdownBannerProps {
  /** The paused action in plain words, e.g. "Booking changes". */
  action: string;
  /** When the pause ends (epoch ms). */
  until: number;
  /** Length of the whole pause in seconds, for the progress bar. */
  total: number;
  onDismiss: () => void;
  /** Called once when the countdown reaches zero. */
  onExpire?: () => void;
  className?: string;
}

export type CountdownUrgency = "high" | "medium" | "low";

/** The bar's colour by share of the wait still ahead: red, then amber, then green near the end. */
export function countdownUrgency(secondsLeft: number, total: number): CountdownUrgency {
  const share = total > 0 ? secondsLeft / total : 0;
  if (share > 2 / 3) return "high";
  if (share > 1 / 3) return "medium";
  return "low";
}

const barColour: Record<CountdownUrgency, string> = {
  high: "bg-danger",
  medium: "bg-warning",
  low: "bg-success",
};

/**
 * "Booking changes are paused for 42 s", ticking each second with a shrinking bar.
 *
 * Screen readers hear the start and the end only: the ticking text is aria-hidden and a
 * visually hidden status line says how long the pause is, then that it is over. The bar is a
 * progressbar whose value text gives the seconds left to anyone who navigates to it.
 */
export function CountdownBanner({ action, until, total, onDismiss, onExpire, className }: CountdownBannerProps) {
  const now = useNow(1000, until);
  const secondsLeft = Math.max(0, Math.ceil((until - now) / 1000));
  const expired = secondsLeft === 0;
  const urgency = countdownUrgency(secondsLeft, total);
  const percent = total > 0 ? Math.min(100, (secondsLeft / total) * 100) : 0;

  // The length announced at the start: fixed per pause, so ticking never re-announces.
  const [pause, setPause] = useState(() => ({ until, seconds: secondsLeft }));
  if (pause.until !== until) setPause({ until, seconds: secondsLeft });

  // Text that arrives together with its live region is often skipped; fill it just after mount.
  const [regionReady, setRegionReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      setRegionReady(true);
    }, 100);
    return () => {
      clearTimeout(timer);
    };
  }, []);

  const expire = useEffectEvent(() => {
    onExpire?.();
  });
  useEffect(() => {
    if (expired) expire();
  }, [expired]);

  const announcement = expired
    ? `${action} are available again.`
    : `${action} are paused for ${formatSeconds(pause.seconds)}. You can try again when the countdown ends.`;

  return (
    <Banner
      tone={expired ? "success" : "warning"}
      live="off"
      title={<span aria-hidden="true">{expired ? `${action} are available again` : `${action} are paused for ${secondsLeft} s`}</span>}
      onDismiss={onDismiss}
      dismissLabel={`Dismiss the notice: ${action} paused`}
      className={className}
    >
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {regionReady ? announcement : ""}
      </div>
      <div
        role="progressbar"
        aria-label={`${action}: time left`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={Math.min(secondsLeft, total)}
        aria-valuetext={expired ? "Finished" : `${formatSeconds(secondsLeft)} left`}
        data-urgency={urgency}
        className="mt-2 h-2 w-full overflow-hidden rounded-full bg-surface ring-1 ring-input"
      >
        <div
          className={cn("h-full rounded-full transition-[width] duration-1000 ease-linear motion-reduce:transition-none", barColour[urgency])}
          style={{ width: `${percent}%` }}
        />
      </div>
    </Banner>
  );
}

function formatSeconds(seconds: number): string {
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
