import { Badge, Meter } from "@slotted/ui";
import type { ReactNode } from "react";
import { cacheModes, databaseModes, type SystemHealth } from "./check-status.ts";
import { FactList } from "./fact-list.tsx";
import { formatBytes, formatCount, formatDuration } from "./system-format.ts";

type Config = SystemHealth["config"];

// Every switch the server reports (the Record type fails the build if one is added and not named here).
const featureNames: Record<keyof Config["features"], string> = {
  rateLimiting: "Rate limiting",
  bookingAutoConfirm: "Bookings confirmed automatically",
  secureCookies: "Secure cookies (HTTPS only)",
  trustProxy: "Trust the proxy's forwarded headers",
  metricsTokenRequired: "Token required for /metrics",
  migrateOnStart: "Migrate the database on start",
  bootstrapAdmin: "Admin account from the environment",
};

const environments: Record<Config["environment"], string> = {
  production: "Production",
  development: "Development",
  test: "Test",
};

/** Where this process runs: host, build and configuration, as description lists. */
export function BuildAndConfig({ health }: { health: SystemHealth }) {
  const { build, config, system } = health;
  const usedMemory = system.totalMemoryBytes - system.freeMemoryBytes;
  const [load1, load5, load15] = system.loadAverage;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <InfoCard title="Build">
        <FactList
          facts={[
            { label: "Version", value: build.version },
            {
              label: "Commit",
              value: build.gitCommit ? (
                <code className="font-mono text-xs break-all" title={build.gitCommit}>
                  {build.gitCommit.slice(0, 12)}
                </code>
              ) : (
                "Not recorded"
              ),
            },
            { label: "Node.js", value: build.nodeVersion },
          ]}
        />
      </InfoCard>
      <InfoCard title="Host">
        <FactList
          facts={[
            { label: "Host name", value: <span className="font-mono break-all">{system.hostname}</span> },
            { label: "Platform", value: `${system.platform} (${system.arch}), ${system.cpuCount} CPUs` },
            {
              label: "Load average",
              value: load1 === undefined ? "Not available" : `${load1} · ${load5 ?? "–"} · ${load15 ?? "–"} (1, 5, 15 min)`,
            },
          ]}
        />
        <Meter
          label="Host memory in use"
          value={usedMemory}
          max={system.totalMemoryBytes}
          valueText={`${formatBytes(usedMemory)} of ${formatBytes(system.totalMemoryBytes)}`}
          warnAt={system.totalMemoryBytes * 0.8}
          dangerAt={system.totalMemoryBytes * 0.95}
        />
      </InfoCard>
      <InfoCard title="Configuration">
        <FactList
          facts={[
            { label: "Environment", value: environments[config.environment] },
            { label: "Log level", value: config.logLevel },
            { label: "Database", value: databaseModes[config.database] },
            { label: "Cache", value: cacheModes[config.cache] },
          ]}
        />
        <h4 className="text-sm font-semibold">Features</h4>
        <FactList
          label="Features"
          facts={(Object.keys(featureNames) as (keyof Config["features"])[]).map((feature) => ({
            label: featureNames[feature],
            value: config.features[feature] ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>,
          }))}
          className="[&_dt]:sm:w-64"
        />
      </InfoCard>
      <InfoCard title="Limits and venue">
        <FactList
          label="Limits"
          facts={[
            { label: "Request time limit", value: formatDuration(config.limits.requestTimeoutMs) },
            { label: "Largest request body", value: formatBytes(config.limits.bodyLimitBytes) },
            { label: "Slow request from", value: formatDuration(config.limits.slowRequestMs) },
            { label: "Calls per tRPC batch", value: `up to ${formatCount(config.limits.trpcMaxBatchSize)}` },
          ]}
        />
        <h4 className="text-sm font-semibold">Venue</h4>
        <FactList
          label="Venue"
          facts={[
            { label: "Time zone", value: config.business.timezone },
            { label: "Slot length", value: `${config.business.slotMinutes} minutes` },
            { label: "Capacity", value: `${formatCount(config.business.slotCapacity)} guests per slot` },
            { label: "Bookings open", value: `up to ${config.business.maxDaysAhead} days ahead` },
          ]}
        />
      </InfoCard>
    </div>
  );
}

function InfoCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4 rounded-card border border-border bg-surface p-4 shadow-sm sm:p-5">
      <h3 className="text-lg font-semibold">{title}</h3>
      {children}
    </div>
  );
}
