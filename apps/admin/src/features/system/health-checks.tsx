import { Badge, cn } from "@slotted/ui";
import { useId, type ReactNode } from "react";
import {
  cacheModes,
  checkStatus,
  databaseModes,
  eventLoopStatus,
  limiterState,
  type StatusView,
  type SystemHealth,
} from "./check-status.ts";
import { FactList, type Fact } from "./fact-list.tsx";
import { formatBytes, formatMs, formatUptime } from "./system-format.ts";

const reasonBorder: Record<StatusView["tone"], string> = {
  success: "border-success",
  warning: "border-warning",
  danger: "border-danger",
};

/** Database, cache, rate limiter and event loop, each with its status in a word and colour, and why. */
export function HealthChecks({ health }: { health: SystemHealth }) {
  const { database, cache, rateLimiter, process } = health;
  const limiter = limiterState(rateLimiter.state);
  const loop = eventLoopStatus(process.eventLoop);
  const { delayP50Ms, delayMaxMs } = process.eventLoop;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <CheckCard
        title="Database"
        status={checkStatus(database.status)}
        reason={database.error ?? `Answered in ${formatMs(database.latencyMs)}.`}
        facts={[
          { label: "Mode", value: databaseModes[database.mode] },
          { label: "Server version", value: database.serverVersion ?? "Unknown" },
          ...tookWhenFailed(database),
        ]}
      />
      <CheckCard
        title="Cache"
        status={checkStatus(cache.status)}
        reason={cache.error ?? `Answered in ${formatMs(cache.latencyMs)}.`}
        facts={[
          { label: "Mode", value: cacheModes[cache.mode] },
          { label: "Memory used", value: cache.usedMemoryBytes === null ? "Unknown" : formatBytes(cache.usedMemoryBytes) },
          ...tookWhenFailed(cache),
        ]}
      />
      <CheckCard
        title="Rate limiter"
        status={limiter}
        reason={limiter.explanation}
        facts={[{ label: "Counting", value: limiter.mode }]}
      />
      <CheckCard
        title="Process and event loop"
        status={loop}
        reason={loop.reason}
        facts={[
          { label: "Event-loop delay", value: `median ${nullableMs(delayP50Ms)}, worst ${nullableMs(delayMaxMs)}` },
          { label: "Up for", value: formatUptime(process.uptimeSeconds) },
          { label: "Memory (RSS)", value: formatBytes(process.rssBytes) },
          { label: "Heap", value: `${formatBytes(process.heapUsedBytes)} of ${formatBytes(process.heapTotalBytes)}` },
          { label: "Process ID", value: process.pid },
        ]}
      />
    </div>
  );
}

const nullableMs = (ms: number | null) => (ms === null ? "not measured" : formatMs(ms));

// A passing check already says how long it took; a failing one says what went wrong instead.
const tookWhenFailed = (check: { error?: string | undefined; latencyMs: number }): Fact[] =>
  check.error === undefined ? [] : [{ label: "Check took", value: formatMs(check.latencyMs) }];

function CheckCard({ title, status, reason, facts }: { title: string; status: StatusView; reason: ReactNode; facts: Fact[] }) {
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4 shadow-sm sm:p-5"
      data-status={status.tone}
    >
      <div className="flex items-center justify-between gap-3">
        <h3 id={titleId} className="text-lg font-semibold">
          {title}
        </h3>
        <Badge tone={status.tone}>{status.word}</Badge>
      </div>
      <p className={cn("border-l-4 pl-3 text-sm break-words", reasonBorder[status.tone])}>{reason}</p>
      <FactList facts={facts} />
    </section>
  );
}
