import { ErrorNotice, PageHeading } from "@slotted/app-shell";
import { useTRPC } from "@slotted/client";
import { Badge, Skeleton, TableSkeleton } from "@slotted/ui";
import { useQuery } from "@tanstack/react-query";
import { formatClockTime, liveQueryOptions, LiveRefresh } from "../dashboard";
import { BuildAndConfig } from "./build-config.tsx";
import { overallStatus, type SystemHealth } from "./check-status.ts";
import { DatabasePanel } from "./database-panel.tsx";
import { HealthChecks } from "./health-checks.tsx";
import { PageSection } from "../../components/page-section.tsx";

/**
 * The operator's page (ADMIN only): dependency checks with their reasons, the database pool and
 * slowest queries, and the build and configuration of the process that answered. Refreshed
 * every 30 s while the tab is visible; the two queries load and fail independently.
 */
export function SystemPage() {
  const trpc = useTRPC();
  const health = useQuery({ ...trpc.health.detailed.queryOptions(), ...liveQueryOptions });
  const database = useQuery({ ...trpc.metrics.database.queryOptions(), ...liveQueryOptions });

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex flex-col gap-2">
          <PageHeading title="System" />
          <p className="text-muted-foreground">How this server and what it depends on are doing, checked live. Secrets are never shown.</p>
        </div>
        <LiveRefresh queries={[health, database]} />
      </div>

      <PageSection title="Checks">
        {health.error ? (
          <ErrorNotice error={health.error} title="We couldn't run the health checks" onRetry={() => void health.refetch()} />
        ) : null}
        {health.data ? (
          <>
            <OverallStatus health={health.data} />
            <HealthChecks health={health.data} />
          </>
        ) : health.error ? null : (
          <SectionSkeleton label="Running the health checks" />
        )}
      </PageSection>

      <PageSection title="Database pool and queries">
        {database.error ? (
          <ErrorNotice error={database.error} title="We couldn't load the database figures" onRetry={() => void database.refetch()} />
        ) : null}
        {database.data ? (
          <DatabasePanel metrics={database.data} />
        ) : database.error ? null : (
          <TableSkeleton rows={3} columns={4} label="Loading the database figures" />
        )}
      </PageSection>

      {health.data ? (
        <PageSection title="Build and configuration" intro="What this process runs and how it is set up.">
          <BuildAndConfig health={health.data} />
        </PageSection>
      ) : null}
    </div>
  );
}

function OverallStatus({ health }: { health: SystemHealth }) {
  const overall = overallStatus(health.status);
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-medium">Overall</span>
      <Badge tone={overall.tone}>{overall.word}</Badge>
      <span className="text-muted-foreground">
        {overall.summary} Checked at <time dateTime={health.checkedAt}>{formatClockTime(new Date(health.checkedAt))}</time>.
      </span>
    </p>
  );
}

function SectionSkeleton({ label }: { label: string }) {
  return (
    <div>
      <p role="status" className="sr-only">
        {label}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-48 rounded-card" />
        ))}
      </div>
    </div>
  );
}
