import { Button, cn } from "@slotted/ui";
import { liveRefreshMs, liveStatus, type LiveQuery } from "./live-query.ts";

const clockTime = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** "14:03:05" in the viewer's own time zone. */
export function formatClockTime(at: number | Date): string {
  return clockTime.format(at);
}

interface LiveRefreshProps {
  /** The page's queries; "Updated" shows the oldest of their successful fetches. */
  queries: readonly LiveQuery[];
  className?: string;
}

/**
 * "Updated 14:03:05" and a "Refresh now" button for a live page. The button stays enabled while
 * a refresh runs (an automatic one every 30 s must not pull focus off it), and nothing here is
 * a live region: announcing each automatic refresh would talk over whatever the reader is doing.
 */
export function LiveRefresh({ queries, className }: LiveRefreshProps) {
  const { updatedAt, refreshing, refresh } = liveStatus(queries);
  return (
    <div className={cn("flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-muted-foreground", className)}>
      <p>
        {updatedAt === undefined ? (
          refreshing ? "Loading…" : "Not loaded yet"
        ) : (
          <>
            Updated <time dateTime={new Date(updatedAt).toISOString()}>{formatClockTime(updatedAt)}</time>
            {refreshing ? " · refreshing…" : null}
          </>
        )}
        <span className="block text-xs">Refreshes every {liveRefreshMs / 1000} s while this tab is open</span>
      </p>
      <Button type="button" variant="secondary" size="sm" onClick={refresh}>
        Refresh now
      </Button>
    </div>
  );
}
