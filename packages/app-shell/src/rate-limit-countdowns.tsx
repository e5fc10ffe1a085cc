import { dismissRateLimitNotice, type RateLimitHold } from "@slotted/client";
import { CountdownBanner } from "@slotted/ui";

/** The countdown banners themselves (see rate-limit-banner.tsx), one per held category. */
export default function RateLimitCountdowns({ holds }: { holds: readonly RateLimitHold[] }) {
  return (
    <div className="mt-4 flex flex-col gap-2">
      {holds.map((hold) => (
        <CountdownBanner
          key={hold.category}
          action={hold.label}
          until={hold.until}
          total={hold.totalSeconds}
          onDismiss={() => dismissRateLimitNotice(hold.category)}
        />
      ))}
    </div>
  );
}
