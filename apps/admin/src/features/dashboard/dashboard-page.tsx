import { PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { useQuery } from "@tanstack/react-query";
import { liveQueryOptions } from "./live-query.ts";
import { LiveRefresh } from "./live-refresh.tsx";
import { StatsSections } from "./stats-sections.tsx";
import { TrafficSection } from "./traffic-section.tsx";

/**
 * The console's front page for STAFF and ADMIN: today's bookings, the accounts, and the last
 * hour of traffic, refreshed every 30 s while the tab is visible. Each section loads and fails
 * on its own, so one broken query never blanks the page.
 */
export function DashboardPage() {
  const trpc = useTRPC();
  const stats = useQuery({ ...trpc.users.stats.queryOptions(), ...liveQueryOptions });
  const traffic = useQuery({ ...trpc.metrics.summary.queryOptions(), ...liveQueryOptions });

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-2">
          <PageHeading title="Dashboard" />
          <p className="text-muted-foreground">Today at the venue, the accounts, and how the server has been answering.</p>
        </div>
        <LiveRefresh queries={[stats, traffic]} />
      </div>
      <StatsSections query={stats} />
      <TrafficSection query={traffic} />
    </div>
  );
}
