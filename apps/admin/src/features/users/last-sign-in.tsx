import { VisuallyHidden } from "@slotted/ui";

const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });
const shortDate = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "5 minutes ago", "yesterday", "3 days ago"; after a week the date itself reads better. */
export function shortSince(value: Date, now: Date): string {
  const elapsed = now.getTime() - value.getTime();
  if (elapsed < minute) return "just now";
  if (elapsed < hour) return relative.format(-Math.floor(elapsed / minute), "minute");
  if (elapsed < day) return relative.format(-Math.floor(elapsed / hour), "hour");
  if (elapsed < 7 * day) return relative.format(-Math.floor(elapsed / day), "day");
  return shortDate.format(value);
}

/** When the account last signed in with its password: short on screen, the full date for hover and screen readers. */
export function LastSignIn({ value, now = new Date() }: { value: Date | null; now?: Date }) {
  if (!value) return <span className="text-muted-foreground">Never</span>;
  const full = fullDate.format(value);
  return (
    <time dateTime={value.toISOString()} title={full}>
      <span aria-hidden="true">{shortSince(value, now)}</span>
      <VisuallyHidden>{full}</VisuallyHidden>
    </time>
  );
}
